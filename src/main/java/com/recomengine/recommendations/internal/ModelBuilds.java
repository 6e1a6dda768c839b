package com.recomengine.recommendations.internal;

import com.recomengine.events.ImportTotals;
import com.recomengine.platform.DatabaseCircuit;
import com.recomengine.recommendations.HistoryImportReport;
import com.recomengine.recommendations.ModelBuildReport;
import com.recomengine.recommendations.ModelBuildStatus;
import com.recomengine.recommendations.RecommendationModels;
import com.recomengine.recommendations.model.ItemModel;
import com.recomengine.recommendations.model.eval.Purchase;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.Problems;
import com.recomengine.tenants.TenantSettings;
import com.recomengine.tenants.Tenants;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.stereotype.Service;

/**
 * One tenant's model build, wherever it is asked for (the schedule, the admin endpoint, the demo seeding, the
 * evaluation): read the catalog and the interactions of the history window, build every strategy with the model
 * core, store the generation in PostgreSQL (switching to it atomically), serve it here and announce it to the
 * other instances. A build holds the tenant's lease in the build queue ({@link BuildQueue}), renewed while it runs,
 * so no two instances build the same tenant at once and a build whose instance died is taken over.
 */
@Service
@RequiredArgsConstructor
class ModelBuilds implements RecommendationModels {

    private static final Logger log = LoggerFactory.getLogger(ModelBuilds.class);
    private static final Duration CLAIM_RETRY = Duration.ofMillis(250);

    private final TrainingData training;
    private final StrategyBuilders builders;
    private final ModelStore store;
    private final ServedModels served;
    private final Tenants tenants;
    private final BuildQueue queue;
    private final LeaseHeartbeat heartbeat;
    private final DatabaseCircuit database;
    private final RecommendationMetrics metrics;
    private final PurchaseHistoryReplay replay;
    private final RecommendationsProperties properties;
    private final AutoTunings tunings;

    @Override
    public ModelBuildReport rebuild(TenantId tenant) {
        if (database.isOpen()) {
            throw Problems.unavailable("The database is unreachable; models cannot be built until it answers.");
        }
        return build(tenant, Instant.now());
    }

    @Override
    public Optional<ModelBuildStatus> buildStatus(TenantId tenant) {
        return queue.status(tenant);
    }

    @Override
    public HistoryImportReport importPurchaseHistory(TenantId tenant, Path retailLog) {
        return replay.replay(tenant, retailLog);
    }

    @Override
    public ImportTotals importPurchases(TenantId tenant, Collection<Purchase> purchases) {
        return replay.send(tenant, purchases, 0);
    }

    /**
     * Builds from the interactions before {@code asOf}, measuring ages and windows from it. Takes the tenant's lease,
     * waiting up to {@code rebuild-wait} for a build of it running elsewhere.
     */
    ModelBuildReport build(TenantId tenant, Instant asOf) {
        settingsOf(tenant);
        return buildHolding(claimWaiting(tenant), asOf);
    }

    /** Builds a tenant a worker claimed from the queue (a tenant deleted meanwhile counts as a failed build). */
    ModelBuildReport build(BuildLease lease) {
        return buildHolding(lease, Instant.now());
    }

    private TenantSettings settingsOf(TenantId tenant) {
        return tenants.settings(tenant).orElseThrow(() -> Problems.notFound("Tenant", tenant));
    }

    /** Waits (up to {@code builds.rebuild-wait}) while another instance holds the tenant's build lease. */
    private BuildLease claimWaiting(TenantId tenant) {
        RetryTemplate waiting = new RetryTemplate(RetryPolicy.builder()
                .includes(HeldElsewhere.class)
                .delay(CLAIM_RETRY)
                .maxRetries(Long.MAX_VALUE)
                .timeout(properties.builds().rebuildWait())
                .build());
        try {
            return waiting.execute(() -> queue.claim(tenant).orElseThrow(HeldElsewhere::new));
        } catch (RetryException e) {
            if (!(e.getCause() instanceof HeldElsewhere)) {
                throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e);
            }
            if (Thread.currentThread().isInterrupted()) {
                throw Problems.unavailable("Interrupted while waiting for a running model build of this tenant.");
            }
            throw Problems.conflict(
                    "A model build of this tenant is running on another instance; try again once it is done.");
        }
    }

    /** The tenant's build lease is held by another instance (retried until the wait is over). */
    private static final class HeldElsewhere extends RuntimeException {
        HeldElsewhere() {
            super(null, null, false, false);
        }
    }

    private ModelBuildReport buildHolding(BuildLease lease, Instant asOf) {
        heartbeat.hold(lease);
        try {
            ModelBuildReport report = buildLocked(lease, asOf, settingsOf(lease.tenant()));
            releaseQuietly(lease);
            return report;
        } catch (RuntimeException e) {
            if (stopping(e)) {
                // This instance is stopping: another one takes the tenant over now, not after a retry delay.
                boolean interrupted = Thread.interrupted();
                releaseQuietly(lease);
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                throw e;
            }
            metrics.buildFailed();
            if (!(e instanceof ModelStore.LeaseLost)) {
                recordFailureQuietly(lease, e);
            }
            throw e;
        } finally {
            heartbeat.drop(lease);
        }
    }

    private static boolean stopping(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedException) {
                return true;
            }
        }
        return Thread.currentThread().isInterrupted();
    }

    private void releaseQuietly(BuildLease lease) {
        try {
            queue.release(lease);
        } catch (RuntimeException e) {
            log.warn("Could not release the build lease of tenant {} (it runs out by itself): {}", lease.tenant(), e);
        }
    }

    private void recordFailureQuietly(BuildLease lease, RuntimeException failure) {
        try {
            queue.failed(lease, failure.getMessage() == null ? failure.toString() : failure.getMessage());
        } catch (RuntimeException e) {
            log.warn("Could not record the failed build of tenant {} (its lease runs out): {}", lease.tenant(), e);
        }
    }

    private ModelBuildReport buildLocked(BuildLease lease, Instant asOf, TenantSettings settings) {
        TenantId tenant = lease.tenant();
        Instant startedAt = Instant.now();
        long t0 = System.nanoTime();
        Duration window = Duration.ofDays(settings.retentionDays());
        if (properties.maxHistory().compareTo(window) < 0) {
            window = properties.maxHistory();
        }
        TrainingData.Read read = training.read(tenant, asOf.minus(window), asOf);
        long t1 = System.nanoTime();
        Map<Strategy, ItemModel> models = new EnumMap<>(Strategy.class);
        for (Strategy strategy : Strategy.values()) {
            long s = System.nanoTime();
            models.put(strategy, builders.of(strategy).build(read.data()));
            metrics.built(strategy.wireName(), Duration.ofNanos(System.nanoTime() - s));
        }
        long t2 = System.nanoTime();
        ModelSet set = new ModelSet(store.nextGeneration(), asOf, read.data().items(), models);
        store.save(
                lease,
                set,
                new ModelStore.BuildFacts(
                        startedAt, read.interactions(), read.data().users().size(), (t2 - t0) / 1_000_000),
                queue.owner());
        tunings.save(tenant, set);
        served.install(tenant, set);
        store.deleteOlder(tenant, set.generation());
        long t3 = System.nanoTime();
        ModelBuildReport report = new ModelBuildReport(
                tenant,
                set.generation(),
                asOf,
                read.interactions(),
                read.data().users().size(),
                set.items().size(),
                set.sizes(),
                millis(t1 - t0),
                millis(t2 - t1),
                millis(t3 - t2),
                millis(t3 - t0));
        record(report);
        return report;
    }

    private void record(ModelBuildReport report) {
        metrics.read(report.interactions());
        metrics.built("read", Duration.ofMillis(report.readMillis()));
        metrics.built("store", Duration.ofMillis(report.storeMillis()));
        metrics.built("total", Duration.ofMillis(report.totalMillis()));
        report.sizes().forEach(metrics::modelSize);
        log.info(
                "Built recommendation models of tenant {} (generation {}): {} interactions of {} users, {} items, "
                        + "{} in {} ms (read {} ms, build {} ms, store {} ms)",
                report.tenantId(),
                report.generation(),
                report.interactions(),
                report.users(),
                report.items(),
                report.sizes(),
                report.totalMillis(),
                report.readMillis(),
                report.buildMillis(),
                report.storeMillis());
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
