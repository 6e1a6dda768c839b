package com.recomengine.recommendations.internal;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.recomengine.platform.ClusterMessages;
import com.recomengine.platform.DatabaseCircuit;
import com.recomengine.platform.TenantScope;
import com.recomengine.shared.TenantId;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The model generation each tenant is served from, in memory on every instance. A tenant's models are read from
 * PostgreSQL on its first request (so a restarted instance serves at once), replaced when a build here installs a
 * new generation, when another instance announces one, and when the periodic check finds the stored generation
 * ahead of the loaded one. Idle tenants are dropped from memory after a while, and the least recently served ones
 * (Caffeine's size eviction, which also weighs how often a tenant is served) as soon as all tenants' models would
 * take more than {@code model-memory-budget}; a dropped tenant is read from PostgreSQL again on its next request.
 */
@Component
class ServedModels {

    private static final Logger log = LoggerFactory.getLogger(ServedModels.class);
    private static final String NEW_GENERATION = "recommendations.generation";

    private final ModelStore store;
    private final ClusterMessages channel;
    private final DatabaseCircuit database;
    private final LoadingCache<TenantId, ModelSet> models;
    private final DistributionSummary perTenant;
    private final Counter dropped;

    ServedModels(
            ModelStore store,
            ClusterMessages channel,
            DatabaseCircuit database,
            RecommendationsProperties properties,
            MeterRegistry meters) {
        this.store = store;
        this.channel = channel;
        this.database = database;
        this.perTenant = DistributionSummary.builder("recomengine.recommendations.model.bytes")
                .baseUnit("bytes")
                .description("Heap of one tenant's served models, recorded each time a generation is loaded or built")
                .register(meters);
        this.dropped = Counter.builder("recomengine.recommendations.model.dropped")
                .description("Tenants' models dropped from memory to stay inside the model memory budget")
                .register(meters);
        this.models = Caffeine.newBuilder()
                .maximumWeight(properties.modelMemoryBudget().toBytes())
                .weigher((TenantId tenant, ModelSet set) -> (int) Math.min(Integer.MAX_VALUE, set.bytes()))
                .expireAfterAccess(Duration.ofHours(12))
                .removalListener((TenantId tenant, ModelSet set, RemovalCause cause) -> {
                    if (cause == RemovalCause.SIZE) {
                        dropped.increment();
                    }
                })
                .build(tenant -> TenantScope.call(
                        tenant, () -> weighed(store.loadCurrent(tenant).orElseGet(ModelSet::none))));
        Gauge.builder("recomengine.recommendations.models.bytes", this, ServedModels::bytes)
                .baseUnit("bytes")
                .description("Heap of all served models on this instance (bounded by model-memory-budget)")
                .register(meters);
        Gauge.builder("recomengine.recommendations.models.tenants", models, cache -> cache.estimatedSize())
                .description("Tenants whose models this instance holds in memory")
                .register(meters);
        channel.onMessage(NEW_GENERATION, this::announced);
    }

    /**
     * The tenant's models, loaded from PostgreSQL when this instance has not served the tenant yet. While PostgreSQL
     * is unreachable a tenant not in memory has no models (and is loaded once PostgreSQL answers again): the answer
     * then falls back to what needs no model, at once rather than after the pool's timeout.
     */
    ModelSet current(TenantId tenant) {
        ModelSet loaded = models.getIfPresent(tenant);
        if (loaded != null) {
            return loaded;
        }
        if (database.isOpen()) {
            return ModelSet.none();
        }
        try {
            return models.get(tenant);
        } catch (RuntimeException e) {
            if (database.markUnreachable(e)) {
                return ModelSet.none();
            }
            throw e;
        }
    }

    /** The generation loaded here, or -1 when the tenant is not loaded (no database read). */
    long loadedGeneration(TenantId tenant) {
        ModelSet loaded = models.getIfPresent(tenant);
        return loaded == null ? -1 : loaded.generation();
    }

    /** Serves a generation built here, and tells the other instances to load it. */
    void install(TenantId tenant, ModelSet fresh) {
        keepNewer(tenant, fresh);
        channel.send(NEW_GENERATION, List.of(tenant.toString(), Long.toString(fresh.generation())));
    }

    void forget(TenantId tenant) {
        models.invalidate(tenant);
    }

    /** Catches up with generations whose announcement this instance missed. */
    @Scheduled(
            initialDelayString = "${recomengine.recommendations.model-poll:30s}",
            fixedDelayString = "${recomengine.recommendations.model-poll:30s}")
    void catchUp() {
        try {
            Map<TenantId, Long> stored = TenantScope.acrossTenants(
                    "the current generation of each tenant served here",
                    () -> store.generations(models.asMap().keySet()));
            stored.forEach((tenant, generation) -> {
                if (generation > loadedGeneration(tenant)) {
                    reload(tenant);
                }
            });
        } catch (RuntimeException e) {
            log.warn("Could not check for new model generations: {}", e.toString());
        }
    }

    private void announced(List<String> fields) {
        if (fields.size() < 2) {
            return;
        }
        TenantId tenant = TenantId.of(fields.get(0));
        long generation = Long.parseLong(fields.get(1));
        long loaded = loadedGeneration(tenant);
        if (loaded >= 0 && generation > loaded) {
            reload(tenant);
        }
    }

    private void reload(TenantId tenant) {
        try {
            TenantScope.call(tenant, () -> store.loadCurrent(tenant)).ifPresent(fresh -> keepNewer(tenant, fresh));
        } catch (RuntimeException e) {
            log.warn("Could not load the models of tenant {}: {}", tenant, e.toString());
        }
    }

    /** Heap of the models held now. */
    long bytes() {
        return models.asMap().values().stream().mapToLong(ModelSet::bytes).sum();
    }

    private ModelSet weighed(ModelSet loaded) {
        if (!loaded.empty()) {
            perTenant.record(loaded.bytes());
        }
        return loaded;
    }

    private void keepNewer(TenantId tenant, ModelSet fresh) {
        weighed(fresh);
        models.asMap()
                .merge(tenant, fresh, (old, candidate) -> candidate.generation() >= old.generation() ? candidate : old);
    }
}
