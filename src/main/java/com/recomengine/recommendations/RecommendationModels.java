package com.recomengine.recommendations;

import com.recomengine.events.ImportTotals;
import com.recomengine.recommendations.model.eval.Purchase;
import com.recomengine.shared.TenantId;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

/**
 * The model side of the engine for other modules and admin tools: rebuild a tenant's models now (they are also
 * rebuilt on a schedule), and replay a retail purchase log into a tenant as interactions (how the demo tenant and
 * {@code make eval} get a real history).
 */
public interface RecommendationModels {

    /**
     * Builds every strategy's model from the tenant's interactions and catalog, stores it as a new generation and
     * serves it on every instance. When another instance is building the tenant, waits for that build to end
     * first (a build whose instance died holds it no longer than its lease); throws a 409 problem only when that
     * build is still running after {@code recomengine.recommendations.builds.rebuild-wait}, and a 503 problem at
     * once while PostgreSQL is unreachable.
     */
    ModelBuildReport rebuild(TenantId tenant);

    /** Where the tenant stands in the build queue (last build, running, failures); empty before its first data. */
    Optional<ModelBuildStatus> buildStatus(TenantId tenant);

    /**
     * Sends the purchases of a UCI Online Retail style log (CSV or CSV.gz; the offline evaluation's filter) through
     * the real ingestion as {@code purchase} events with {@code metadata.orderId} = the invoice, every timestamp
     * shifted by whole days so that the last invoice falls on today (a day less if today's clock has not reached
     * it); purchases older than the tenant's retention are left out. Does not build.
     */
    HistoryImportReport importPurchaseHistory(TenantId tenant, Path retailLog);

    /**
     * Sends these purchases through the real ingestion at their own times, as {@link #importPurchaseHistory} sends a
     * log's (how {@code make eval} sends its train purchases). Does not build.
     */
    ImportTotals importPurchases(TenantId tenant, Collection<Purchase> purchases);
}
