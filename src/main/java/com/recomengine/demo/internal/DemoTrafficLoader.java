package com.recomengine.demo.internal;

import com.recomengine.catalog.Catalog;
import com.recomengine.catalog.ProductSummary;
import com.recomengine.events.ImportTotals;
import com.recomengine.events.InteractionImport;
import com.recomengine.events.InteractionType;
import com.recomengine.events.Interactions;
import com.recomengine.shared.TenantId;
import com.recomengine.tenants.TenantSettings;
import com.recomengine.tenants.Tenants;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends the demo tenant's widget traffic ({@link DemoTraffic}) through the real ingestion, once: over the last
 * {@value #DAYS} days (or the tenant's retention, if shorter), unless the tenant has impressions in that time.
 */
@Component
@RequiredArgsConstructor
class DemoTrafficLoader {

    static final int DAYS = 90;
    private static final Logger log = LoggerFactory.getLogger(DemoTrafficLoader.class);

    private final Catalog catalog;
    private final Interactions interactions;
    private final InteractionImport imports;
    private final Tenants tenants;
    private final DemoProperties properties;

    boolean hasTraffic(TenantId tenant) {
        Instant now = Instant.now();
        return interactions
                        .countByType(tenant, now.minus(Duration.ofDays(DAYS)), now.plus(Duration.ofDays(1)))
                        .getOrDefault(InteractionType.IMPRESSION, 0L)
                > 0;
    }

    /** Sends the traffic (tagged for the experiment, if any) unless there is some already; true when it sent it. */
    boolean load(TenantId tenant, DemoExperiment.@Nullable Window experiment) {
        if (hasTraffic(tenant)) {
            return false;
        }
        List<ProductSummary> products = new ArrayList<>();
        catalog.forEachProduct(tenant, p -> {
            if (p.available() && p.price() != null) {
                products.add(p);
            }
        });
        if (products.isEmpty()) {
            return false;
        }
        int retention =
                tenants.settings(tenant).map(TenantSettings::retentionDays).orElse(DAYS);
        int days = Math.min(DAYS, retention - 1);
        long started = System.nanoTime();
        ImportTotals totals = imports.ingest(
                tenant,
                new DemoTraffic(products, properties.rendersPerDay(), experiment)
                        .stream(Instant.now(), days, tenant.value().getMostSignificantBits()));
        log.info(
                "Demo widget traffic of the last {} days sent (impressions, recommendation clicks and the purchases "
                        + "they led to, marked metadata.demo): {} stored, {} duplicates, {} rejected in {} ms",
                days,
                totals.accepted(),
                totals.duplicates(),
                totals.rejected(),
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }
}
