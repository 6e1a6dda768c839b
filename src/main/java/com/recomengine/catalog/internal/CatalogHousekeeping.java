package com.recomengine.catalog.internal;

import com.recomengine.platform.TenantScope;
import com.recomengine.tenants.TenantPurgeDue;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily, on one instance: tombstones older than the retention are dropped (a write older than that could revive
 * a deleted product; the retention is chosen far beyond any sync delay) and search words no product uses any more
 * are forgotten. A purged tenant's catalog is deleted when its purge is due.
 */
@Component
@RequiredArgsConstructor
class CatalogHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(CatalogHousekeeping.class);

    private final ProductStore store;
    private final CatalogCaches caches;
    private final CatalogProperties properties;

    @Scheduled(cron = "0 15 4 * * *", zone = "UTC")
    @SchedulerLock(name = "catalog-housekeeping")
    public void tidy() {
        // Expiry by age over every tenant's rows: two statements, across tenants by design.
        int tombstones = TenantScope.acrossTenants(
                "catalog housekeeping",
                () -> store.purgeTombstones(Instant.now().minus(properties.tombstoneRetention())));
        int terms = TenantScope.acrossTenants("catalog housekeeping", store::forgetUnusedTerms);
        log.info("Catalog housekeeping: {} tombstones and {} unused search words removed", tombstones, terms);
    }

    @ApplicationModuleListener
    void on(TenantPurgeDue purge) {
        store.purgeTenant(purge.tenantId());
        caches.purged(purge.tenantId());
    }
}
