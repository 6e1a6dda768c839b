package com.recomengine.evaluation.internal;

import com.recomengine.catalog.BatchReport;
import com.recomengine.catalog.Catalog;
import com.recomengine.evaluation.OnlineRetailCatalog;
import com.recomengine.evaluation.ProductLinks;
import com.recomengine.shared.TenantId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Derives the table with {@link OnlineRetail} and hands it to the catalog as a CSV feed, like a merchant would. */
@Component
@RequiredArgsConstructor
class OnlineRetailImport implements OnlineRetailCatalog {

    private static final Logger log = LoggerFactory.getLogger(OnlineRetailImport.class);

    private final Catalog catalog;

    @Override
    public BatchReport importInto(TenantId tenant, Path transactions) {
        return upsert(tenant, transactions, null);
    }

    @Override
    public BatchReport importInto(TenantId tenant, Path transactions, ProductLinks links) {
        return upsert(tenant, transactions, links);
    }

    private BatchReport upsert(TenantId tenant, Path transactions, @Nullable ProductLinks links) {
        long started = System.nanoTime();
        String feed = ProductFeed.of(OnlineRetail.products(transactions), links);
        BatchReport report = catalog.importCsv(tenant, new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)));
        log.info(
                "Imported the Online Retail catalog for tenant {}: {} written, {} unchanged, {} rejected in {} ms",
                tenant,
                report.accepted(),
                report.duplicates() + report.stale(),
                report.rejected(),
                (System.nanoTime() - started) / 1_000_000);
        return report;
    }
}
