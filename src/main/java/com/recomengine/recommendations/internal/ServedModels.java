package com.recomengine.recommendations.internal;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.recomengine.platform.ClusterMessages;
import com.recomengine.shared.TenantId;
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
 * ahead of the loaded one. Idle tenants are dropped from memory after a while.
 */
@Component
class ServedModels {

    private static final Logger log = LoggerFactory.getLogger(ServedModels.class);
    private static final String NEW_GENERATION = "recommendations.generation";

    private final ModelStore store;
    private final ClusterMessages channel;
    private final LoadingCache<TenantId, ModelSet> models;

    ServedModels(ModelStore store, ClusterMessages channel) {
        this.store = store;
        this.channel = channel;
        this.models = Caffeine.newBuilder()
                .expireAfterAccess(Duration.ofHours(12))
                .build(tenant -> store.loadCurrent(tenant).orElseGet(ModelSet::none));
        channel.onMessage(NEW_GENERATION, this::announced);
    }

    /** The tenant's models, loaded from PostgreSQL when this instance has not served the tenant yet. */
    ModelSet current(TenantId tenant) {
        return models.get(tenant);
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
            Map<TenantId, Long> stored = store.generations(models.asMap().keySet());
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
            store.loadCurrent(tenant).ifPresent(fresh -> keepNewer(tenant, fresh));
        } catch (RuntimeException e) {
            log.warn("Could not load the models of tenant {}: {}", tenant, e.toString());
        }
    }

    private void keepNewer(TenantId tenant, ModelSet fresh) {
        models.asMap()
                .merge(tenant, fresh, (old, candidate) -> candidate.generation() >= old.generation() ? candidate : old);
    }
}
