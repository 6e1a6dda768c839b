package com.recomengine.recommendations.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.recomengine.platform.RedisLink;
import com.recomengine.platform.TenantScope;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * L1 (Caffeine, bounded by bytes) in front of L2 (Redis, shared by the instances), with stale-while-revalidate: an
 * answer past its freshness ({@code fresh}, or built on an older model generation than the one now served) is
 * still served, once per request, while one background refresh per key recomputes it; past {@code maxAge} it is
 * gone. An answer started before an invalidation stamp of its tenant or shopper is never served. Redis errors
 * make L2 a miss; L1 and the models in memory keep answering.
 */
@Component
class AnswerCache implements DisposableBean {

    private final Cache<Query, Answer> l1;
    private final RedisLink redis;
    private final Invalidations invalidations;
    private final ServedModels served;
    private final RecommendationMetrics metrics;
    private final long freshMillis;
    private final Duration maxAge;
    private final ConcurrentHashMap<Query, Boolean> refreshing = new ConcurrentHashMap<>();
    private final Semaphore refreshers;
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();

    /** A cached answer and where it came from ({@link Layer#STALE} when it wants refreshing). */
    record Hit(Answer answer, Layer layer) {}

    AnswerCache(
            RedisLink redis,
            Invalidations invalidations,
            ServedModels served,
            RecommendationMetrics metrics,
            RecommendationsProperties properties) {
        this.redis = redis;
        this.invalidations = invalidations;
        this.served = served;
        this.metrics = metrics;
        RecommendationsProperties.Cache cache = properties.cache();
        this.freshMillis = cache.fresh().toMillis();
        this.maxAge = cache.maxAge().compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : cache.maxAge();
        this.refreshers = new Semaphore(Math.max(1, cache.refreshers()));
        this.l1 = Caffeine.newBuilder()
                .maximumWeight(cache.l1MaxBytes())
                .<Query, Answer>weigher((query, answer) -> answer.weight())
                .expireAfterWrite(cache.maxAge())
                .build();
    }

    @Nullable
    Hit lookup(Query query) {
        long stamp = invalidations.stamp(query.tenant(), query.userId());
        Answer local = l1.getIfPresent(query);
        if (local != null) {
            if (local.builtAt() > stamp) {
                return new Hit(local, fresh(query, local) ? Layer.L1 : Layer.STALE);
            }
            l1.asMap().remove(query, local);
        }
        Answer shared = fromRedis(query);
        if (shared == null) {
            return null;
        }
        l1.put(query, shared);
        return new Hit(shared, fresh(query, shared) ? Layer.L2 : Layer.STALE);
    }

    /** Keeps a freshly computed answer, unless an invalidation came while it was being computed. */
    void store(Query query, Answer answer) {
        if (answer.builtAt() <= invalidations.stamp(query.tenant(), query.userId())) {
            return;
        }
        l1.put(query, answer);
        redis.send(pipeline -> pipeline.set(CacheKeys.of(query), answer.toRedis(), maxAge));
    }

    /** Recomputes a stale answer in the background: one refresh per key at a time, a few at once overall. */
    void refresh(Query query, Supplier<Answer> compute) {
        if (refreshing.putIfAbsent(query, Boolean.TRUE) != null) {
            return;
        }
        if (!refreshers.tryAcquire()) {
            refreshing.remove(query);
            return;
        }
        try {
            background.execute(() -> {
                try {
                    store(query, TenantScope.call(query.tenant(), compute));
                    metrics.refreshed();
                } catch (RuntimeException e) {
                    // the stale answer stays; the next request past freshness tries again
                } finally {
                    refreshers.release();
                    refreshing.remove(query);
                }
            });
        } catch (RuntimeException e) {
            refreshers.release();
            refreshing.remove(query);
        }
    }

    private boolean fresh(Query query, Answer answer) {
        long generation = served.loadedGeneration(query.tenant());
        return System.currentTimeMillis() - answer.builtAt() < freshMillis
                && (generation < 0 || generation == answer.generation());
    }

    /** The L2 answer with the stamps that could void it, in one round trip; null when absent, stale or unreachable. */
    private @Nullable Answer fromRedis(Query query) {
        List<@Nullable String> values = redis.call(
                commands -> query.userId() == null
                        ? commands.mget(CacheKeys.of(query), Invalidations.tenantKey(query.tenant()))
                        : commands.mget(
                                CacheKeys.of(query),
                                Invalidations.tenantKey(query.tenant()),
                                Invalidations.userKey(query.tenant(), query.userId())),
                () -> null);
        if (values == null) {
            return null;
        }
        invalidations.raise(query.tenant(), null, number(values.get(1)));
        if (values.size() > 2) {
            invalidations.raise(query.tenant(), query.userId(), number(values.get(2)));
        }
        String cached = values.getFirst();
        if (cached == null) {
            return null;
        }
        Answer answer = readable(cached);
        return answer != null && answer.builtAt() > invalidations.stamp(query.tenant(), query.userId()) ? answer : null;
    }

    /** A cached answer as stored, or null when it cannot be read (written by another version): a miss. */
    private static @Nullable Answer readable(String cached) {
        try {
            return Answer.fromRedis(cached);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static long number(@Nullable String value) {
        try {
            return value != null ? Long.parseLong(value) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    void forgetAll() {
        l1.invalidateAll();
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
