package com.recomengine.platform.internal.redis;

import com.recomengine.platform.RedisCommands;
import com.recomengine.platform.RedisLink;
import com.recomengine.platform.RedisPipeline;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link RedisLink} over Lettuce: one multiplexed, thread-safe connection shared by every module, to a server
 * ({@link RedisClient}) or a Redis Cluster ({@link RedisClusterClient}, which routes each key), and the circuit
 * breaker (Resilience4j) every call goes through.
 */
public final class LettuceRedisLink implements RedisLink {

    private static final Logger log = LoggerFactory.getLogger(LettuceRedisLink.class);
    private static final Duration PAUSE = Duration.ofSeconds(1);
    /** Error replies that say Redis cannot serve now (rather than that this command was wrong). */
    private static final List<String> UNAVAILABLE =
            List.of("LOADING", "BUSY ", "CLUSTERDOWN", "MASTERDOWN", "TRYAGAIN", "READONLY");

    private final AbstractRedisClient client;
    private volatile @Nullable Connection connection;
    private final CircuitBreaker breaker = breaker();

    /** {@code client} is a {@link RedisClient} (one server) or a {@link RedisClusterClient}. */
    LettuceRedisLink(AbstractRedisClient client) {
        this.client = client;
    }

    /**
     * A link to {@code url} ({@code redis://…} a server, {@code redis-cluster://host:port,…} a cluster), with
     * {@code timeout} per command; connected now if Redis answers, else on first use after the circuit's pause.
     */
    public static LettuceRedisLink connect(String url, Duration timeout) {
        LettuceRedisLink link = new LettuceRedisLink(RedisConfiguration.client(url, timeout));
        link.tryConnect();
        return link;
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

    /** The commands of one multiplexed connection, to a server or to a cluster. */
    private record Connection(
            StatefulConnection<String, String> stateful,
            LettuceCommands sync,
            RedisClusterAsyncCommands<String, String> async) {

        static Connection of(AbstractRedisClient client) {
            if (client instanceof RedisClusterClient cluster) {
                StatefulRedisClusterConnection<String, String> connection = cluster.connect();
                return new Connection(connection, new LettuceCommands(connection.sync()), connection.async());
            }
            StatefulRedisConnection<String, String> connection = ((RedisClient) client).connect();
            return new Connection(connection, new LettuceCommands(connection.sync()), connection.async());
        }
    }

    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public boolean cluster() {
        return client instanceof RedisClusterClient;
    }

    /** The client, for a library that keeps its own connection (Bucket4j's); see {@link BucketProxies}. */
    AbstractRedisClient client() {
        return client;
    }

    @Override
    public boolean usable() {
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

    @Override
    public <T> T call(Function<RedisCommands, T> call, Supplier<T> fallback) {
        if (!usable()) {
            return fallback.get();
        }
        try {
            T answer = call.apply(connection().sync());
            succeeded();
            return answer;
        } catch (RuntimeException e) {
            failed(e);
            return fallback.get();
        }
    }

    @Override
    public <T> Optional<T> pipelineAndRead(Duration timeout, Function<RedisPipeline, Supplier<T>> commands) {
        if (!usable()) {
            return Optional.empty();
        }
        try {
            LettucePipeline pipeline = new LettucePipeline(connection().async());
            Supplier<T> read = commands.apply(pipeline);
            pipeline.await(timeout);
            succeeded();
            return Optional.ofNullable(read.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            failed(e);
            return Optional.empty();
        }
    }

    @Override
    public void send(Consumer<RedisPipeline> commands) {
        if (!usable()) {
            return;
        }
        try {
            LettucePipeline pipeline = new LettucePipeline(connection().async());
            commands.accept(pipeline);
            pipeline.whenFailed(this::failed);
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    @Override
    public Optional<Subscription> subscribe(String channel, Consumer<String> listener) {
        if (!usable()) {
            return Optional.empty();
        }
        StatefulRedisPubSubConnection<String, String> subscription = null;
        try {
            subscription = client instanceof RedisClusterClient cluster
                    ? cluster.connectPubSub()
                    : ((RedisClient) client).connectPubSub();
            subscription.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String from, String message) {
                    if (channel.equals(from)) {
                        listener.accept(message);
                    }
                }
            });
            subscription.sync().subscribe(channel);
            succeeded();
            return Optional.of(subscription::close);
        } catch (RuntimeException e) {
            if (subscription != null) {
                subscription.close();
            }
            failed(e);
            return Optional.empty();
        }
    }

    @Override
    public boolean ping() {
        try {
            if (!"PONG".equals(connection().sync().ping())) {
                return false;
            }
            succeeded();
            return true;
        } catch (RuntimeException e) {
            failed(e);
            return false;
        }
    }

    @Override
    public <T> T guard(Supplier<T> work, Supplier<T> fallback) {
        if (!usable()) {
            return fallback.get();
        }
        try {
            T answer = work.get();
            succeeded();
            return answer;
        } catch (RuntimeException e) {
            failed(e, true);
            return fallback.get();
        }
    }

    /** Connects now; a failure opens the circuit (and the next use after the pause tries again). */
    boolean tryConnect() {
        try {
            connection();
            return true;
        } catch (RuntimeException e) {
            failed(e);
            return false;
        }
    }

    /** The shared connection; throws when Redis is unreachable. */
    private Connection connection() {
        Connection current = connection;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (connection == null) {
                connection = Connection.of(client);
            }
            return connection;
        }
    }

    /**
     * A call failed. Redis unreachable, late, or answering that it cannot serve: the circuit opens (or stays
     * open). An error Redis answered about the command itself, or a failure of the caller's own code: the circuit
     * stays as it is.
     */
    private void failed(Throwable failure) {
        failed(failure, false);
    }

    /** {@code redisWork}: a failure without a Redis cause came from Redis work all the same (a library's). */
    private void failed(Throwable failure, boolean redisWork) {
        Throwable cause = failure;
        while (cause != null && !(cause instanceof RedisException) && !(cause instanceof TimeoutException)) {
            cause = cause.getCause();
        }
        if (cause instanceof RedisCommandExecutionException reply && !unavailable(reply)) {
            log.debug("Redis answered an error: {}", reply.getMessage());
            return;
        }
        if (cause == null && !redisWork) {
            log.warn("Redis call failed outside Redis", failure);
            return;
        }
        log.debug("Redis call failed: {}", failure.toString());
        breaker.onError(0, TimeUnit.NANOSECONDS, failure);
    }

    private static boolean unavailable(RedisCommandExecutionException reply) {
        String message = reply.getMessage();
        return message != null && UNAVAILABLE.stream().anyMatch(message::startsWith);
    }

    /** A call answered: a half-open circuit closes. */
    private void succeeded() {
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
        client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
    }
}
