package com.recomengine.teams.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.recomengine.platform.AfterCommit;
import com.recomengine.platform.ClusterMessages;
import com.recomengine.platform.TenantScope;
import com.recomengine.shared.AdminId;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.security.TeamRole;
import com.recomengine.shared.security.TenantMemberships;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Roles as the authorization step reads them on every tenant request: cached for under a second, and dropped on
 * every instance as soon as a tenant's members change (after the change commits), so a removed or demoted member's
 * access changes within that second even if a cluster message is lost.
 */
@Component
class MembershipDirectory implements TenantMemberships {

    static final String CHANGED = "teams.members";

    private record Key(UUID admin, UUID tenant) {}

    private final Members members;
    private final ClusterMessages cluster;
    private final Cache<Key, Optional<TeamRole>> roles = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofMillis(900))
            .build();

    MembershipDirectory(Members members, ClusterMessages cluster) {
        this.members = members;
        this.cluster = cluster;
        cluster.onMessage(CHANGED, fields -> fields.forEach(tenant -> forget(UUID.fromString(tenant))));
    }

    @Override
    public Optional<TeamRole> roleOf(AdminId admin, TenantId tenant) {
        return roles.get(
                new Key(admin.value(), tenant.value()),
                key -> TenantScope.call(tenant, () -> members.roleOf(key.admin(), key.tenant())));
    }

    @Override
    public Map<TenantId, TeamRole> tenantsOf(AdminId admin) {
        return TenantScope.acrossTenants("the tenants a person belongs to", () -> members.tenantsOf(admin.value()));
    }

    /** The tenant's members changed: forget them here and on the other instances once the change is committed. */
    void changed(TenantId tenant) {
        AfterCommit.run(() -> announce(tenant));
    }

    private void announce(TenantId tenant) {
        forget(tenant.value());
        cluster.send(CHANGED, List.of(tenant.toString()));
    }

    private void forget(UUID tenant) {
        roles.asMap().keySet().removeIf(key -> key.tenant().equals(tenant));
    }
}
