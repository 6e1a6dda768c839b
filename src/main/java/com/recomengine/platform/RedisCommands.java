package com.recomengine.platform;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Redis commands RecomEngine uses, answered synchronously (see {@link RedisLink#call}). Keys of one script or
 * multi-key command share a {@code {hash tag}} so that a Redis Cluster keeps them in one slot. A command that fails
 * throws; {@link RedisLink} turns that into the caller's fallback.
 */
public interface RedisCommands {

    @Nullable
    String get(String key);

    /** The values of {@code keys} in their order, null where a key is absent. */
    List<@Nullable String> mget(String... keys);

    void set(String key, String value);

    void set(String key, String value, Duration ttl);

    /** {@code SET key value NX EX ttl}: whether the key was absent and is now set. */
    boolean setIfAbsent(String key, String value, Duration ttl);

    boolean exists(String key);

    long del(String... keys);

    boolean expire(String key, Duration ttl);

    long hincrby(String key, String field, long amount);

    Map<String, String> hgetall(String key);

    long lpush(String key, String... values);

    void ltrim(String key, long start, long stop);

    List<String> lrange(String key, long start, long stop);

    <T> T eval(RedisScript<T> script, String[] keys, String... args);

    /** Appends an entry; answers its id. */
    String xadd(String stream, Map<String, String> fields);

    /**
     * {@code XREADGROUP} without blocking, at most {@code count} entries: {@code from} {@value StreamEntry#NEW} for
     * entries no consumer has read yet, {@code "0"} for this consumer's own unacknowledged ones.
     */
    List<StreamEntry> xreadgroup(String stream, String group, String consumer, String from, long count);

    /** {@code XAUTOCLAIM}: entries left unacknowledged for {@code minIdle} by any consumer, now {@code consumer}'s. */
    List<StreamEntry> xautoclaim(String stream, String group, String consumer, Duration minIdle, long count);

    long xack(String stream, String group, String... ids);

    long xdel(String stream, String... ids);

    long xlen(String stream);

    /** Creates the group (and the stream) reading from {@code from}; false when the group exists already. */
    boolean xgroupCreate(String stream, String group, String from);

    boolean xgroupCreateconsumer(String stream, String group, String consumer);

    long xgroupDelconsumer(String stream, String group, String consumer);

    List<StreamConsumer> xinfoConsumers(String stream, String group);

    long publish(String channel, String message);
}
