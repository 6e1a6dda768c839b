package com.recomengine.recommendations.internal;

import com.recomengine.catalog.ProductsChanged;
import com.recomengine.catalog.ProductsRemoved;
import com.recomengine.events.InteractionsRecorded;
import com.recomengine.merchandising.RulesChanged;
import com.recomengine.shared.TenantId;
import com.recomengine.tenants.TenantConfigChanged;
import com.recomengine.tenants.TenantPurgeDue;
import java.time.Duration;
import lombok.RequiredArgsConstructor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * What other modules' changes mean here. New interactions void the shoppers' cached answers and histories and make
 * the tenant due for a build; catalog changes void the tenant's answers (a shown name, price or availability may be
 * wrong now) and make it due (content similarity, new products); a configuration change voids its answers (once
 * more a moment later, when every instance's settings cache has caught up); so does a change of merchandising rules
 * (once more half a second later, in case another instance recomputed between receiving this stamp and its
 * compiled rules' eviction); a purged tenant's models are deleted.
 */
@Component
@RequiredArgsConstructor
class ChangeListeners {

    private static final Duration SETTINGS_CATCH_UP = Duration.ofMillis(1_500);
    private static final Duration RULES_CATCH_UP = Duration.ofMillis(500);

    private final Invalidations invalidations;
    private final ModelStore store;
    private final ServedModels served;
    private final Shoppers shoppers;
    private final TaskScheduler scheduler;
    private final ChangedTenants changed;

    @ApplicationModuleListener
    void on(InteractionsRecorded recorded) {
        invalidations.usersChanged(recorded.tenantId(), recorded.userIds());
        changed.mark(recorded.tenantId());
    }

    @ApplicationModuleListener
    void on(ProductsChanged products) {
        invalidations.tenantChanged(products.tenantId());
        changed.mark(products.tenantId());
    }

    @ApplicationModuleListener
    void on(ProductsRemoved removed) {
        invalidations.tenantChanged(removed.tenantId());
        changed.mark(removed.tenantId());
    }

    @ApplicationModuleListener
    void on(TenantConfigChanged config) {
        invalidateNowAndAfter(config.tenantId(), SETTINGS_CATCH_UP);
    }

    @ApplicationModuleListener
    void on(RulesChanged rules) {
        invalidateNowAndAfter(rules.tenantId(), RULES_CATCH_UP);
    }

    @ApplicationModuleListener
    void on(TenantPurgeDue due) {
        store.purge(due.tenantId());
        served.forget(due.tenantId());
        shoppers.forget(due.tenantId());
        invalidations.tenantChanged(due.tenantId());
    }

    private void invalidateNowAndAfter(TenantId tenant, Duration catchUp) {
        invalidations.tenantChanged(tenant);
        scheduler.schedule(
                () -> invalidations.tenantChanged(tenant),
                java.time.Instant.now().plus(catchUp));
    }
}
