package com.recomengine.widgets.internal;

import com.recomengine.platform.AfterCommit;
import com.recomengine.tenants.TenantPurgeDue;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A purged tenant's widgets go with it. Idempotent, as outbox listeners must be. */
@Component
@RequiredArgsConstructor
class WidgetPurge {

    private final JdbcTemplate jdbc;
    private final PublishedWidgets published;

    @ApplicationModuleListener
    void on(TenantPurgeDue event) {
        jdbc.update("DELETE FROM widgets WHERE tenant_id = ?", event.tenantId().value());
        // Once the delete is committed: a read before it would cache the rows again.
        AfterCommit.run(() -> published.evictTenant(event.tenantId()));
    }
}
