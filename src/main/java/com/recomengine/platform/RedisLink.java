package com.recomengine.platform;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
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
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Redis connection of this instance, or none when Redis is not configured. Redis is a single server or a
 * Redis Cluster: callers see the commands both have ({@link RedisClusterCommands}), and keep every key a script or a
 * multi-key command touches in one slot with a {@code {tenantId}} hash tag. Lettuce connections are thread-safe and
 * multiplexed, so every module shares it.
 *
 * <p>One failure policy for every caller, a circuit breaker (Resilience4j): a failure opens it, and while it is open
 * callers skip Redis ({@link #usable()} is false) rather than waiting on a timeout per request; after a second it
 * lets calls through again (half open), and the first success closes it, the first failure opens it again. Callers
 * report outcomes with {@link #markFailed} and {@link #markSucceeded}; {@link #call} and {@link #send} do it for
 * them.
 */
public final class RedisLink implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisLink.class);
    private static final Duration PAUSE = Duration.ofSeconds(1);

    private final @Nullable AbstractRedisClient client;
    private volatile @Nullable Connection connection;
    private final CircuitBreaker breaker = breaker();

    /** {@code client} is a {@link RedisClient} (one server) or a {@link RedisClusterClient}, or null for none. */
    public RedisLink(@Nullable AbstractRedisClient client) {
        this.client = client;
    }

    private static CircuitBreaker breaker() {
        CircuitBreaker breaker = CircuitBreaker.of(
                "redis",
                CircuitBreakerConfig.custom()
                        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                        .slidingWindowSize(1)
                        .minimumNumberOfCalls(1)
                        .failureRateThreshold(100)
                        .waitDurationInOpenState(PAUSE)
                        // Half open lets every call through (as closed) until one outcome decides.
                        .permittedNumberOfCallsInHalfOpenState(1)
                        .build());
        breaker.getEventPublisher().onStateTransition(event -> {
            switch (event.getStateTransition().getToState()) {
                case OPEN -> {
                    if (event.getStateTransition().getFromState() == CircuitBreaker.State.CLOSED) {
                        log.warn("Redis unreachable; using in-process fallbacks until it answers again");
                    }
                }
                case CLOSED -> log.info("Redis answers again");
                default -> {}
            }
        });
        return breaker;
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

    /** Whether a call now would try Redis at all (configured, and the circuit not open after a recent failure). */
    public boolean usable() {
        if (client == null) {
            return false;
        }
        if (breaker.getState() != CircuitBreaker.State.OPEN) {
            return true;
        }
        // Open: asking for a permission moves it to half open once the pause is over.
        if (!breaker.tryAcquirePermission()) {
            return false;
        }
        breaker.releasePermission();
        return true;
    }

    /** Runs {@code call} against Redis, or answers {@code fallback} when Redis is absent, paused or failing. */
    public <T> T call(Function<RedisClusterCommands<String, String>, T> call, Supplier<T> fallback) {
        if (!usable()) {
            return fallback.get();
        }
        try {
            T answer = call.apply(connect().sync());
            markSucceeded();
            return answer;
        } catch (RuntimeException e) {
            markFailed(e);
            return fallback.get();
        }
    }

    /**
     * Sends a command without waiting for its answer, unless Redis is absent or the circuit open; a failure, now or
     * when the answer comes, opens the circuit.
     */
    public void send(Function<RedisClusterAsyncCommands<String, String>, ? extends CompletionStage<?>> command) {
        if (!usable()) {
            return;
        }
        try {
            command.apply(connect().async()).whenComplete((answer, failure) -> {
                if (failure != null) {
                    markFailed(failure instanceof Exception e ? e : new IllegalStateException(failure));
                }
            });
        } catch (RuntimeException e) {
            markFailed(e);
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

    /** A call failed: the circuit opens (or stays open). */
    public void markFailed(Exception cause) {
        log.debug("Redis call failed: {}", cause.toString());
        breaker.onError(0, TimeUnit.NANOSECONDS, cause);
    }

    /** A call answered: a half-open circuit closes. */
    public void markSucceeded() {
        if (breaker.getState() == CircuitBreaker.State.HALF_OPEN) {
            breaker.onSuccess(0, TimeUnit.NANOSECONDS);
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
