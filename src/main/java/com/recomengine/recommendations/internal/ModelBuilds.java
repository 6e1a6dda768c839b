package com.recomengine.recommendations.internal;

import com.recomengine.recommendations.HistoryImportReport;
import com.recomengine.recommendations.ModelBuildReport;
import com.recomengine.recommendations.RecommendationModels;
import com.recomengine.recommendations.model.ItemModel;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.Problems;
import com.recomengine.tenants.TenantSettings;
import com.recomengine.tenants.Tenants;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * One tenant's model build, wherever it is asked for (the schedule, the admin endpoint, the demo seeding, the
 * evaluation): read the catalog and the interactions of the history window, build every strategy with the model
 * core, store the generation in PostgreSQL (switching to it atomically), serve it here and announce it to the
 * other instances. A database lock per tenant keeps two instances from building the same tenant at once.
 */
@Service
class ModelBuilds implements RecommendationModels {

    private static final Logger log = LoggerFactory.getLogger(ModelBuilds.class);

    private final TrainingData training;
    private final StrategyBuilders builders;
    private final ModelStore store;
    private final ServedModels served;
    private final Tenants tenants;
    private final LockProvider locks;
    private final RecommendationMetrics metrics;
    private final PurchaseHistoryReplay replay;
    private final RecommendationsProperties properties;
    private final AutoTunings tunings;

    ModelBuilds(
            TrainingData training,
            StrategyBuilders builders,
            ModelStore store,
            ServedModels served,
            Tenants tenants,
            LockProvider locks,
            RecommendationMetrics metrics,
            PurchaseHistoryReplay replay,
            RecommendationsProperties properties,
            AutoTunings tunings) {
        this.training = training;
        this.builders = builders;
        this.store = store;
        this.served = served;
        this.tenants = tenants;
        this.locks = locks;
        this.metrics = metrics;
        this.replay = replay;
        this.properties = properties;
        this.tunings = tunings;
    }

    @Override
    public ModelBuildReport rebuild(TenantId tenant) {
        return build(tenant, Instant.now());
    }

    @Override
    public HistoryImportReport importPurchaseHistory(TenantId tenant, Path retailLog) {
        return replay.replay(tenant, retailLog);
    }

    /** Builds from the interactions before {@code asOf}, measuring ages and windows from it. */
    ModelBuildReport build(TenantId tenant, Instant asOf) {
        TenantSettings settings = tenants.settings(tenant).orElseThrow(() -> Problems.notFound("Tenant", tenant));
        Optional<SimpleLock> lock = locks.lock(
                new LockConfiguration(Instant.now(), "reco-build:" + tenant, Duration.ofMinutes(30), Duration.ZERO));
        if (lock.isEmpty()) {
            throw Problems.conflict("A model build of this tenant is running already; its models are being replaced.");
        }
        try {
            return buildLocked(tenant, asOf, settings);
        } finally {
            lock.get().unlock();
        }
    }

    private ModelBuildReport buildLocked(TenantId tenant, Instant asOf, TenantSettings settings) {
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
                tenant,
                set,
                new ModelStore.BuildFacts(
                        startedAt, read.interactions(), read.data().users().size(), (t2 - t0) / 1_000_000));
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
