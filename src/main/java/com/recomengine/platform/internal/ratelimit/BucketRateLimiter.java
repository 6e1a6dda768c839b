package com.recomengine.platform.internal.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.recomengine.platform.RateLimitDecision;
import com.recomengine.platform.RateLimiter;
import com.recomengine.platform.RedisLink;
import com.recomengine.platform.internal.redis.BucketProxies;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimization;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Bucket4j token buckets, one per key and direction, kept in Redis so that every instance shares them. Large
 * limits use the delaying optimization: tokens are taken locally and synchronised every 1 % of the limit or 5 s,
 * so the hot path does not wait on Redis per request — the tokens bound what an instance can admit beyond the shared
 * budget (1 % of it), the time only how stale its view of the other instances' use may get, so a key asked a few
 * times a second (most keys of a thousand tenants) is not synchronised on nearly every request as it was at 100 ms.
 * Small limits synchronise every request to stay exact.
 * While Redis fails, a local bucket with the same limit answers.
 */
@Component
class BucketRateLimiter implements RateLimiter {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final RedisLink redis;
    private final Cache<String, Bucket> shared = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterAccess(Duration.ofMinutes(5))
            .build();
    private final Cache<String, Bucket> local = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterAccess(Duration.ofMinutes(5))
            .build();
    private final Counter rejections;
    private final AtomicBoolean connecting = new AtomicBoolean();
    private volatile @Nullable ProxyManager<String> proxies;

    BucketRateLimiter(RedisLink redis, MeterRegistry meters) {
        this.redis = redis;
        this.rejections = Counter.builder("recomengine.ratelimit.rejections").register(meters);
        if (redis.configured()) {
            connectLater();
        }
    }

    @Override
    public RateLimitDecision tryConsume(String bucket, long perMinute) {
        String name = bucket + "@" + perMinute;
        ProxyManager<String> proxies = this.proxies;
        if (proxies == null) {
            connectLater();
        } else {
            ConsumptionProbe probe = redis.guard(
                    () -> shared.get(
                                    name,
                                    k -> proxies.builder()
                                            .withOptimization(optimizationFor(perMinute))
                                            .build("rl:" + name, () -> configuration(perMinute)))
                            .tryConsumeAndReturnRemaining(1),
                    () -> {
                        shared.invalidate(name);
                        return null;
                    });
            if (probe != null) {
                return decide(probe, perMinute);
            }
        }
        Bucket fallback = local.get(
                name, k -> Bucket.builder().addLimit(bandwidth(perMinute)).build());
        return decide(fallback.tryConsumeAndReturnRemaining(1), perMinute);
    }

    private RateLimitDecision decide(ConsumptionProbe probe, long perMinute) {
        if (!probe.isConsumed()) {
            rejections.increment();
        }
        long reset = seconds(probe.getNanosToWaitForReset());
        long retry = Math.max(1, seconds(probe.getNanosToWaitForRefill()));
        return new RateLimitDecision(probe.isConsumed(), perMinute, probe.getRemainingTokens(), reset, retry);
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }

    private static Optimization optimizationFor(long perMinute) {
        if (perMinute < 200) {
            return Optimizations.batching();
        }
        return Optimizations.delaying(new DelayParameters(perMinute / 100, Duration.ofSeconds(5)));
    }

    /**
     * Connecting happens off the request path: until the shared buckets are reachable, requests use local ones.
     * At most one attempt runs at a time, and attempts are spaced by the Redis link's pause after failures.
     */
    private void connectLater() {
        if (!redis.usable() || !connecting.compareAndSet(false, true)) {
            return;
        }
        Thread.ofVirtual().name("ratelimit-redis-connect").start(() -> {
            try {
                proxies = redis.guard(
                                () -> BucketProxies.connect(redis, Duration.ofMillis(250), Duration.ofSeconds(90)),
                                Optional::<ProxyManager<String>>empty)
                        .orElse(null);
            } finally {
                connecting.set(false);
            }
        });
    }

    private static BucketConfiguration configuration(long perMinute) {
        return BucketConfiguration.builder().addLimit(bandwidth(perMinute)).build();
    }

    private static Bandwidth bandwidth(long perMinute) {
        return Bandwidth.builder()
                .capacity(perMinute)
                .refillGreedy(perMinute, WINDOW)
                .build();
    }
}
