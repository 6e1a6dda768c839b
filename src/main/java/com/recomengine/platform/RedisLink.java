package com.recomengine.platform;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Redis connection of this instance, or none when Redis is not configured. Lettuce connections are
 * thread-safe and multiplexed, so every module shares it. After a failure, callers skip Redis for a short
 * pause rather than waiting on a timeout per request; the first call after the pause probes again.
 */
public final class RedisLink implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisLink.class);
    private static final long PAUSE_NANOS = Duration.ofSeconds(1).toNanos();

    private final @Nullable RedisClient client;
    private volatile @Nullable StatefulRedisConnection<String, String> connection;
    private final AtomicLong pausedUntil = new AtomicLong();

    public RedisLink(@Nullable RedisClient client) {
        this.client = client;
    }

    public static RedisLink none() {
        return new RedisLink(null);
    }

    public boolean configured() {
        return client != null;
    }

    public Optional<RedisClient> client() {
        return Optional.ofNullable(client);
    }

    /** Whether a call now would try Redis at all (configured, and not paused after a recent failure). */
    public boolean usable() {
        return client != null && System.nanoTime() - pausedUntil.get() >= 0;
    }

    /** Runs {@code call} against Redis, or answers {@code fallback} when Redis is absent, paused or failing. */
    public <T> T call(Function<RedisCommands<String, String>, T> call, Supplier<T> fallback) {
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
    public StatefulRedisConnection<String, String> connect() {
        StatefulRedisConnection<String, String> current = connection;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (connection == null) {
                if (client == null) {
                    throw new IllegalStateException("Redis is not configured");
                }
                connection = client.connect();
            }
            return connection;
        }
    }

    public void markFailed(Exception cause) {
        long previous = pausedUntil.getAndSet(System.nanoTime() + PAUSE_NANOS);
        if (System.nanoTime() - previous > 10 * PAUSE_NANOS) {
            log.warn("Redis unreachable ({}); using in-process fallbacks until it answers again", cause.toString());
        }
    }

    @Override
    public void close() {
        if (connection != null) {
            connection.close();
        }
        if (client != null) {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
        }
    }
}
