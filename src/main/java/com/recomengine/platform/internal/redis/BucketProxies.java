package com.recomengine.platform.internal.redis;

import com.recomengine.platform.RedisLink;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.Optional;

/** Bucket4j's buckets in the Redis of a {@link RedisLink}, on a connection of their own (bytes, not text). */
public final class BucketProxies {

    private BucketProxies() {}

    /**
     * A proxy manager whose buckets live in Redis, each kept {@code keep} after its last write; empty without
     * Redis. Connects now: call it through {@link RedisLink#guard}. Each bucket is one key, so a Redis Cluster
     * needs no hash tag for it.
     */
    public static Optional<ProxyManager<String>> connect(RedisLink redis, Duration requestTimeout, Duration keep) {
        if (!(redis instanceof LettuceRedisLink lettuce)) {
            return Optional.empty();
        }
        AbstractRedisClient client = lettuce.client();
        RedisCodec<String, byte[]> codec = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
        var builder = client instanceof RedisClusterClient cluster
                ? Bucket4jLettuce.casBasedBuilder(cluster.connect(codec))
                : Bucket4jLettuce.casBasedBuilder(((RedisClient) client).connect(codec));
        return Optional.of(
                builder.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(keep))
                        .requestTimeout(requestTimeout)
                        .build());
    }
}
