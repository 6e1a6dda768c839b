package com.recomengine.platform;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Commands sent without waiting for each answer (pipelined on the shared connection); see
 * {@link RedisLink#pipeline}, {@link RedisLink#pipelineAndRead} and {@link RedisLink#send}.
 */
public interface RedisPipeline {

    /** The answer of one pipelined command; read it only once the pipeline has answered. */
    interface Reply<T> {
        T get();
    }

    Reply<@Nullable String> get(String key);

    Reply<List<@Nullable String>> mget(String... keys);

    Reply<String> set(String key, String value, Duration ttl);

    /** Replaces the value and keeps the key's time to live. */
    Reply<String> setKeepingTtl(String key, String value);

    Reply<Boolean> expire(String key, Duration ttl);

    Reply<Long> hincrby(String key, String field, long amount);

    Reply<Long> lpush(String key, String... values);

    Reply<String> ltrim(String key, long start, long stop);

    <T> Reply<T> eval(RedisScript<T> script, String[] keys, String... args);

    Reply<Long> publish(String channel, String message);
}
