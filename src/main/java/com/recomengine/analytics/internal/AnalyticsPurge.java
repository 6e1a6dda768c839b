package com.recomengine.analytics.internal;

import com.recomengine.tenants.TenantPurgeDue;
import lombok.RequiredArgsConstructor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A purged tenant's aggregates go with its events. Idempotent, as outbox listeners must be. */
@Component
@RequiredArgsConstructor
class AnalyticsPurge {

    private final DailyStore store;
    private final LiveDays live;

    @ApplicationModuleListener
    void on(TenantPurgeDue purge) {
        store.forget(purge.tenantId());
        live.forget(purge.tenantId());
    }
}
