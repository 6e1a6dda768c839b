package com.recomengine.shared.security;

import java.util.Locale;
import java.util.Optional;

/** A member's role on a tenant (SPEC §4 "Teams and roles"); what each may do is {@link TenantPermission}'s table. */
public enum TeamRole {
    OWNER,
    ADMIN,
    DEVELOPER,
    ANALYST,
    VIEWER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TeamRole> fromWire(String value) {
        for (TeamRole role : values()) {
            if (role.wireName().equals(value)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    public boolean may(TenantPermission permission) {
        return permission.allows(this);
    }
}
