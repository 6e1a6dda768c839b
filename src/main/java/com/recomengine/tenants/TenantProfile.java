package com.recomengine.tenants;

import com.recomengine.shared.TenantId;
import com.recomengine.shared.security.TeamRole;
import com.recomengine.shared.security.TenantPermission;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A tenant as a member sees it, with the member's role: name, settings and lifecycle dates ({@code purgeAfter} once deleted). */
public record TenantProfile(
        String name,
        TenantSettings settings,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant purgeAfter,
        TeamRole role) {

    public boolean may(TenantPermission permission) {
        return role.may(permission);
    }

    public TenantId id() {
        return settings.tenantId();
    }

    public TenantStatus status() {
        return settings.status();
    }
}
