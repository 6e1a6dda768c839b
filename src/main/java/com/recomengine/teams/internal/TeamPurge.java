package com.recomengine.teams.internal;

import com.recomengine.tenants.TenantPurgeDue;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A purged tenant's team goes with it: its members (their accounts stay, they belong to no tenant of this one's)
 * and its invitations, invitees' addresses included. Idempotent, as outbox listeners must be.
 */
@Component
@RequiredArgsConstructor
class TeamPurge {

    private final JdbcTemplate jdbc;
    private final MembershipDirectory directory;

    @ApplicationModuleListener
    void on(TenantPurgeDue event) {
        jdbc.update(
                "DELETE FROM team_invitations WHERE tenant_id = ?",
                event.tenantId().value());
        jdbc.update(
                "DELETE FROM tenant_members WHERE tenant_id = ?",
                event.tenantId().value());
        directory.changed(event.tenantId());
    }
}
