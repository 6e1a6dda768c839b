package com.recomengine.catalog.internal;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.recomengine.platform.DatabaseCircuit;
import com.recomengine.platform.TenantScope;
import com.recomengine.shared.TenantId;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * Each tenant's set of available product ids, in memory: loaded once per tenant with one query, then changed in
 * place by every write (after its commit, here or on another instance), and re-read in the background every few
 * minutes only as a safety net for a missed change. A read is a hash lookup, never a query. While PostgreSQL is
 * unreachable, a tenant whose set is not in memory has nothing available: nothing is shown that cannot be vouched
 * for, and nobody waits on the pool for a set that cannot be read.
 */
@Component
class Availability {

    private static final TenantSet NOTHING_KNOWN = new TenantSet(Set.of());

    private final LoadingCache<TenantId, TenantSet> sets;
    private final DatabaseCircuit database;

    Availability(ProductStore store, DatabaseCircuit database, CatalogProperties properties) {
        this.database = database;
        this.sets = Caffeine.newBuilder()
                .maximumWeight(properties.availabilityCapacity())
                .<TenantId, TenantSet>weigher((tenant, set) -> Math.max(1, set.size()))
                .expireAfterAccess(Duration.ofHours(1))
                .refreshAfterWrite(properties.availabilityRefresh())
                .build(new CacheLoader<>() {
                    @Override
                    public TenantSet load(TenantId tenant) {
                        return new TenantSet(TenantScope.call(tenant, () -> store.availableIds(tenant)));
                    }

                    @Override
                    public TenantSet reload(TenantId tenant, TenantSet current) {
                        long seen = current.changes();
                        current.replaceIfUnchanged(TenantScope.call(tenant, () -> store.availableIds(tenant)), seen);
                        return current;
                    }
                });
    }

    boolean contains(TenantId tenant, String productId) {
        return set(tenant).contains(productId);
    }

    /** The tenant's set as a predicate: looked up once, it follows the changes applied to the set. */
    Predicate<String> of(TenantId tenant) {
        return set(tenant)::contains;
    }

    Set<String> among(TenantId tenant, Collection<String> productIds) {
        TenantSet set = set(tenant);
        Set<String> available = new LinkedHashSet<>();
        for (String id : productIds) {
            if (set.contains(id)) {
                available.add(id);
            }
        }
        return available;
    }

    private TenantSet set(TenantId tenant) {
        TenantSet loaded = sets.getIfPresent(tenant);
        if (loaded != null) {
            return loaded;
        }
        if (database.isOpen()) {
            return NOTHING_KNOWN;
        }
        try {
            return sets.get(tenant);
        } catch (RuntimeException e) {
            if (database.markUnreachable(e)) {
                return NOTHING_KNOWN;
            }
            throw e;
        }
    }

    /** Applies committed changes to a loaded tenant (an unloaded one will read them when it loads). */
    void apply(TenantId tenant, Map<String, Boolean> changed, Collection<String> removed) {
        sets.asMap().computeIfPresent(tenant, (key, set) -> {
            set.apply(changed, removed);
            return set;
        });
    }

    void forget(TenantId tenant) {
        sets.invalidate(tenant);
    }

    /** One tenant's ids. Readers never lock; writers and the background reload take turns on the holder. */
    static final class TenantSet {

        private volatile Set<String> ids;
        private long changes;

        TenantSet(Set<String> loaded) {
            this.ids = concurrentCopy(loaded);
        }

        boolean contains(String productId) {
            return ids.contains(productId);
        }

        int size() {
            return ids.size();
        }

        synchronized void apply(Map<String, Boolean> changed, Collection<String> removed) {
            changed.forEach((id, available) -> {
                if (available) {
                    ids.add(id);
                } else {
                    ids.remove(id);
                }
            });
            removed.forEach(ids::remove);
            changes++;
        }

        synchronized long changes() {
            return changes;
        }

        /** Takes a fresh load unless a change was applied since {@code seen}: the load may predate that change. */
        synchronized void replaceIfUnchanged(Set<String> fresh, long seen) {
            if (changes == seen) {
                ids = concurrentCopy(fresh);
            }
        }

        private static Set<String> concurrentCopy(Set<String> source) {
            Set<String> copy = ConcurrentHashMap.newKeySet(Math.max(16, source.size()));
            copy.addAll(source);
            return copy;
        }
    }
}
