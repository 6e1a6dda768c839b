package com.recomengine.apikeys.internal;

import com.recomengine.tenants.TenantPurgeDue;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A purged tenant's API keys go with it (they stopped working when the tenant was deleted). Idempotent, as outbox
 * listeners must be.
 */
@Component
@RequiredArgsConstructor
class ApiKeyPurge {

    private final JdbcTemplate jdbc;

    @ApplicationModuleListener
    void on(TenantPurgeDue event) {
        jdbc.update("DELETE FROM api_keys WHERE tenant_id = ?", event.tenantId().value());
    }
}
