package com.recomengine.shared.security;

import static com.recomengine.shared.security.TeamRole.ADMIN;
import static com.recomengine.shared.security.TeamRole.ANALYST;
import static com.recomengine.shared.security.TeamRole.DEVELOPER;
import static com.recomengine.shared.security.TeamRole.OWNER;
import static com.recomengine.shared.security.TeamRole.VIEWER;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one table of who may do what on a tenant. Each tenant route names its permission with {@link TenantAccess};
 * the API, the dashboard and the tests all read this table.
 */
public enum TenantPermission {
    TENANT_READ(OWNER, ADMIN, DEVELOPER, ANALYST, VIEWER),
    TENANT_CONFIGURE(OWNER, ADMIN),
    TENANT_DELETE(OWNER),
    MEMBERS_READ(OWNER, ADMIN, DEVELOPER, ANALYST, VIEWER),
    MEMBERS_MANAGE(OWNER, ADMIN),
    OWNERSHIP(OWNER),
    KEYS(OWNER, ADMIN, DEVELOPER),
    CATALOG_READ(OWNER, ADMIN, DEVELOPER, ANALYST, VIEWER),
    CATALOG_WRITE(OWNER, ADMIN, DEVELOPER),
    EVENTS_WRITE(OWNER, ADMIN, DEVELOPER),
    MODELS_REBUILD(OWNER, ADMIN, DEVELOPER),
    WIDGETS_READ(OWNER, ADMIN, DEVELOPER, ANALYST, VIEWER),
    WIDGETS_WRITE(OWNER, ADMIN, DEVELOPER, ANALYST),
    EXPERIMENTS_READ(OWNER, ADMIN, DEVELOPER, ANALYST, VIEWER),
    EXPERIMENTS_WRITE(OWNER, ADMIN, ANALYST),
    RULES_READ(OWNER, ADMIN, DEVELOPER, ANALYST, VIEWER),
    RULES_WRITE(OWNER, ADMIN, ANALYST),
    ANALYTICS_READ(OWNER, ADMIN, DEVELOPER, ANALYST, VIEWER),
    ANALYTICS_EXPORT(OWNER, ADMIN, ANALYST),
    ANALYTICS_RECOMPUTE(OWNER, ADMIN, ANALYST),
    AUDIT_READ(OWNER, ADMIN);

    private final Set<TeamRole> roles;

    TenantPermission(TeamRole first, TeamRole... rest) {
        this.roles = EnumSet.of(first, rest);
    }

    public boolean allows(TeamRole role) {
        return roles.contains(role);
    }

    public Set<TeamRole> roles() {
        return EnumSet.copyOf(roles);
    }

    /** The roles that have this permission, as a problem detail names them: "owner, admin or developer". */
    public String roleNames() {
        String names = roles.stream().map(TeamRole::wireName).collect(Collectors.joining(", "));
        int last = names.lastIndexOf(", ");
        return last < 0 ? names : names.substring(0, last) + " or " + names.substring(last + 2);
    }
}
