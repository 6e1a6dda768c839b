package com.recomengine.platform.internal.redis;

import com.recomengine.platform.RedisCommands;
import com.recomengine.platform.RedisLink;
import com.recomengine.platform.RedisPipeline;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * {@link RedisLink} over Lettuce: one multiplexed, thread-safe connection shared by every module, to a server
 * ({@link RedisClient}) or a Redis Cluster ({@link RedisClusterClient}, which routes each key), and the circuit
 * breaker every call goes through ({@link RedisCircuit}).
 */
public final class LettuceRedisLink implements RedisLink {

    private final AbstractRedisClient client;
    private volatile @Nullable LettuceConnection connection;
    private final RedisCircuit circuit = new RedisCircuit();

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
        return circuit.usable();
    }

    @Override
    public <T> T call(Function<RedisCommands, T> call, Supplier<T> fallback) {
        if (!usable()) {
            return fallback.get();
        }
        try {
            T answer = call.apply(connection().sync());
            circuit.succeeded();
            return answer;
        } catch (RuntimeException e) {
            circuit.failed(e);
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
            circuit.succeeded();
            return Optional.ofNullable(read.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            circuit.failed(e);
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
            pipeline.whenFailed(circuit::failed);
        } catch (RuntimeException e) {
            circuit.failed(e);
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
            circuit.succeeded();
            return Optional.of(subscription::close);
        } catch (RuntimeException e) {
            if (subscription != null) {
                subscription.close();
            }
            circuit.failed(e);
            return Optional.empty();
        }
    }

    @Override
    public boolean ping() {
        try {
            if (!"PONG".equals(connection().sync().ping())) {
                return false;
            }
            circuit.succeeded();
            return true;
        } catch (RuntimeException e) {
            circuit.failed(e);
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
            circuit.succeeded();
            return answer;
        } catch (RuntimeException e) {
            circuit.failed(e, true);
            return fallback.get();
        }
    }

    /** Connects now; a failure opens the circuit (and the next use after the pause tries again). */
    boolean tryConnect() {
        try {
            connection();
            return true;
        } catch (RuntimeException e) {
            circuit.failed(e);
            return false;
        }
    }

    /** The shared connection; throws when Redis is unreachable. */
    private LettuceConnection connection() {
        LettuceConnection current = connection;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (connection == null) {
                connection = LettuceConnection.of(client);
            }
            return connection;
        }
    }

    @Override
    public void close() {
        LettuceConnection current = connection;
        if (current != null) {
            current.stateful().close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
    }
}
