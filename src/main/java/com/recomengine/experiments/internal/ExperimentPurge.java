package com.recomengine.experiments.internal;

import com.recomengine.tenants.TenantPurgeDue;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A purged tenant's experiments and placement defaults go with it. Idempotent, as outbox listeners must be. */
@Component
@RequiredArgsConstructor
class ExperimentPurge {

    private final JdbcTemplate jdbc;

    @ApplicationModuleListener
    void on(TenantPurgeDue event) {
        jdbc.update(
                "DELETE FROM placement_defaults WHERE tenant_id = ?",
                event.tenantId().value());
        jdbc.update(
                "DELETE FROM experiments WHERE tenant_id = ?", event.tenantId().value());
    }
}
