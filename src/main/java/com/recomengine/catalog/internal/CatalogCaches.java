package com.recomengine.catalog.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.recomengine.catalog.ProductSummary;
import com.recomengine.platform.AfterCommit;
import com.recomengine.platform.DatabaseCircuit;
import com.recomengine.shared.TenantId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * Everything the catalog keeps in memory, and the one place that keeps it true: after a write commits, the
 * availability sets change in place, cached summaries of the written products are dropped, the tenant's search
 * generation moves on (cached search pages carry the generation they were computed at), and the other instances
 * are told to do the same.
 */
@Component
class CatalogCaches {

    private final Availability availability;
    private final ProductStore store;
    private final ChangeBroadcast broadcast;
    private final DatabaseCircuit database;
    private final Cache<ProductKey, Optional<ProductSummary>> summaries;
    private final Map<TenantId, AtomicLong> generations = new ConcurrentHashMap<>();

    private record ProductKey(TenantId tenant, String productId) {}

    CatalogCaches(
            Availability availability,
            ProductStore store,
            ChangeBroadcast broadcast,
            DatabaseCircuit database,
            CatalogProperties properties) {
        this.availability = availability;
        this.database = database;
        this.store = store;
        this.broadcast = broadcast;
        this.summaries = Caffeine.newBuilder()
                .maximumSize(properties.summaryCacheSize())
                .expireAfterWrite(Duration.ofMinutes(10))
                .build();
        broadcast.onRemoteChange(this::applyRemote);
    }

    /** Once the current transaction commits (at once without one): products changed or were removed. */
    void afterCommit(TenantId tenant, Map<String, Boolean> changed, Set<String> removed) {
        Runnable apply = () -> {
            applyLocally(tenant, changed, removed);
            List<String> ids = new ArrayList<>(changed.keySet());
            ids.addAll(removed);
            broadcast.publish(tenant, ids);
        };
        AfterCommit.run(apply);
    }

    long generation(TenantId tenant) {
        return generations.computeIfAbsent(tenant, t -> new AtomicLong()).get();
    }

    /** Summaries of the known products among {@code productIds}, in the order asked; misses cost one query. */
    Map<String, ProductSummary> summaries(TenantId tenant, Collection<String> productIds) {
        List<ProductKey> keys = productIds.stream()
                .distinct()
                .map(id -> new ProductKey(tenant, id))
                .toList();
        Map<ProductKey, Optional<ProductSummary>> found = known(tenant, keys);
        Map<String, ProductSummary> ordered = new LinkedHashMap<>();
        for (ProductKey key : keys) {
            found.getOrDefault(key, Optional.empty()).ifPresent(s -> ordered.put(key.productId(), s));
        }
        return ordered;
    }

    /** The summaries, loading the missing ones; only those in memory while PostgreSQL is unreachable. */
    private Map<ProductKey, Optional<ProductSummary>> known(TenantId tenant, List<ProductKey> keys) {
        if (database.isOpen()) {
            return summaries.getAllPresent(keys);
        }
        try {
            return summaries.getAll(keys, missing -> load(tenant, missing));
        } catch (RuntimeException e) {
            if (database.markUnreachable(e)) {
                return summaries.getAllPresent(keys);
            }
            throw e;
        }
    }

    boolean isAvailable(TenantId tenant, String productId) {
        return availability.contains(tenant, productId);
    }

    Predicate<String> availability(TenantId tenant) {
        return availability.of(tenant);
    }

    Set<String> availableAmong(TenantId tenant, Collection<String> productIds) {
        return availability.among(tenant, productIds);
    }

    /** The tenant's products are gone (purged): forget all of it, here and on the other instances. */
    void purged(TenantId tenant) {
        forgetTenant(tenant);
        broadcast.publishAll(tenant);
    }

    private void forgetTenant(TenantId tenant) {
        availability.forget(tenant);
        summaries.asMap().keySet().removeIf(key -> key.tenant().equals(tenant));
        bump(tenant);
    }

    private Map<ProductKey, Optional<ProductSummary>> load(TenantId tenant, Set<? extends ProductKey> missing) {
        Map<ProductKey, Optional<ProductSummary>> loaded = new HashMap<>();
        missing.forEach(key -> loaded.put(key, Optional.empty()));
        store.findAll(tenant, missing.stream().map(ProductKey::productId).toList())
                .forEach(p -> loaded.put(new ProductKey(tenant, p.productId()), Optional.of(p.summary())));
        return loaded;
    }

    private void applyLocally(TenantId tenant, Map<String, Boolean> changed, Set<String> removed) {
        availability.apply(tenant, changed, removed);
        changed.keySet().forEach(id -> summaries.invalidate(new ProductKey(tenant, id)));
        removed.forEach(id -> summaries.invalidate(new ProductKey(tenant, id)));
        bump(tenant);
    }

    private void applyRemote(ChangeBroadcast.RemoteChange change) {
        if (change.everything()) {
            forgetTenant(change.tenant());
            return;
        }
        applyLocally(change.tenant(), store.availability(change.tenant(), change.productIds()), Set.of());
    }

    private void bump(TenantId tenant) {
        generations.computeIfAbsent(tenant, t -> new AtomicLong()).incrementAndGet();
    }
}
