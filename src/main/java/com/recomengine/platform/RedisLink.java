package com.recomengine.platform;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Redis connection of this instance, or none when Redis is not configured. Redis is a single server or a
 * Redis Cluster: callers see the commands both have ({@link RedisClusterCommands}), and keep every key a script or a
 * multi-key command touches in one slot with a {@code {tenantId}} hash tag. Lettuce connections are thread-safe and
 * multiplexed, so every module shares it. After a failure, callers skip Redis for a short pause rather than waiting
 * on a timeout per request; the first call after the pause probes again.
 */
public final class RedisLink implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisLink.class);
    private static final long PAUSE_NANOS = Duration.ofSeconds(1).toNanos();

    private final @Nullable AbstractRedisClient client;
    private volatile @Nullable Connection connection;
    private final AtomicLong pausedUntil = new AtomicLong();

    /** {@code client} is a {@link RedisClient} (one server) or a {@link RedisClusterClient}, or null for none. */
    public RedisLink(@Nullable AbstractRedisClient client) {
        this.client = client;
    }

    public static RedisLink none() {
        return new RedisLink(null);
    }

    /** The commands of one multiplexed connection, to a server or to a cluster (which routes each key). */
    public record Connection(
            StatefulConnection<String, String> stateful,
            RedisClusterCommands<String, String> sync,
            RedisClusterAsyncCommands<String, String> async) {

        static Connection of(AbstractRedisClient client) {
            if (client instanceof RedisClusterClient cluster) {
                StatefulRedisClusterConnection<String, String> connection = cluster.connect();
                return new Connection(connection, connection.sync(), connection.async());
            }
            StatefulRedisConnection<String, String> connection = ((RedisClient) client).connect();
            return new Connection(connection, connection.sync(), connection.async());
        }
    }

    public boolean configured() {
        return client != null;
    }

    public boolean cluster() {
        return client instanceof RedisClusterClient;
    }

    public Optional<AbstractRedisClient> client() {
        return Optional.ofNullable(client);
    }

    /** Whether a call now would try Redis at all (configured, and not paused after a recent failure). */
    public boolean usable() {
        return client != null && System.nanoTime() - pausedUntil.get() >= 0;
    }

    /** Runs {@code call} against Redis, or answers {@code fallback} when Redis is absent, paused or failing. */
    public <T> T call(Function<RedisClusterCommands<String, String>, T> call, Supplier<T> fallback) {
        if (!usable()) {
            return fallback.get();
        }
        try {
            return call.apply(connect().sync());
        } catch (RuntimeException e) {
            markFailed(e);
            return fallback.get();
        }
    }

    /** The shared connection; throws when Redis is unreachable. */
    public Connection connect() {
        Connection current = connection;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (connection == null) {
                if (client == null) {
                    throw new IllegalStateException("Redis is not configured");
                }
                connection = Connection.of(client);
            }
            return connection;
        }
    }

    /** A new publish/subscribe connection (a cluster's delivers every node's messages). */
    public StatefulRedisPubSubConnection<String, String> connectPubSub() {
        if (client instanceof RedisClusterClient cluster) {
            return cluster.connectPubSub();
        }
        if (client instanceof RedisClient single) {
            return single.connectPubSub();
        }
        throw new IllegalStateException("Redis is not configured");
    }

    public void markFailed(Exception cause) {
        long previous = pausedUntil.getAndSet(System.nanoTime() + PAUSE_NANOS);
        if (System.nanoTime() - previous > 10 * PAUSE_NANOS) {
            log.warn("Redis unreachable ({}); using in-process fallbacks until it answers again", cause.toString());
        }
    }

    @Override
    public void close() {
        Connection current = connection;
        if (current != null) {
            current.stateful().close();
        }
        if (client != null) {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
        }
    }
}
