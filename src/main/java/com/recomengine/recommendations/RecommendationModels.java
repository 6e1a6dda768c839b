package com.recomengine.recommendations;

import com.recomengine.shared.TenantId;
import java.nio.file.Path;

/**
 * The model side of the engine for other modules and admin tools: rebuild a tenant's models now (they are also
 * rebuilt on a schedule), and replay a retail purchase log into a tenant as interactions (how the demo tenant and
 * {@code make eval} get a real history).
 */
public interface RecommendationModels {

    /**
     * Builds every strategy's model from the tenant's interactions and catalog, stores it as a new generation and
     * serves it on every instance. Throws a 409 problem when a build of the tenant is already running.
     */
    ModelBuildReport rebuild(TenantId tenant);

    /**
     * Sends the purchases of a UCI Online Retail style log (CSV or CSV.gz; the offline evaluation's filter) through
     * the real ingestion as {@code purchase} events with {@code metadata.orderId} = the invoice, every timestamp
     * shifted by whole days so that the last invoice falls on today (a day less if today's clock has not reached
     * it); purchases older than the tenant's retention are left out. Does not build.
     */
    HistoryImportReport importPurchaseHistory(TenantId tenant, Path retailLog);
}
