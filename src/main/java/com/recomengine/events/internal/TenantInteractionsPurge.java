package com.recomengine.events.internal;

import com.recomengine.tenants.TenantPurgeDue;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A purged tenant's interactions and stored batch replies go (its live counters expire on their own). */
@Component
@RequiredArgsConstructor
class TenantInteractionsPurge {

    private final JdbcTemplate jdbc;

    @ApplicationModuleListener
    void on(TenantPurgeDue purge) {
        jdbc.update("DELETE FROM events WHERE tenant_id = ?", purge.tenantId().value());
        jdbc.update(
                "DELETE FROM event_batch_replies WHERE tenant_id = ?",
                purge.tenantId().value());
    }
}
