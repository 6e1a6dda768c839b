package com.recomengine.platform;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Redis for every module: the one connection of this instance (to a server or a Redis Cluster), or none when Redis
 * is not configured. Callers see RecomEngine's own types ({@link RedisCommands}, {@link RedisPipeline},
 * {@link StreamEntry}, …), never the client library's, and keep every key a script or a multi-key command touches in
 * one slot with a {@code {tenantId}} hash tag.
 *
 * <p>One failure policy for every caller, a circuit breaker: every call goes through it, and a caller never sees a
 * Redis failure, only its own fallback (or an empty answer). A failure to reach Redis (refused, reset, timed out)
 * opens the circuit; while it is open calls answer their fallback at once instead of waiting on a timeout per
 * request; after a second one call is let through (half open), whose success closes it and whose failure opens it
 * again. An error answered by Redis itself (a wrong type, a missing consumer group) shows that Redis is reachable:
 * that call answers its fallback and the circuit stays as it was.
 */
public interface RedisLink extends AutoCloseable {

    /** Without Redis: every call answers its fallback. */
    static RedisLink none() {
        return NoRedis.INSTANCE;
    }

    /** Whether Redis is configured at all. */
    boolean configured();

    /** Whether Redis is a Redis Cluster. */
    boolean cluster();

    /** Whether a call now would try Redis at all (configured, and the circuit not open after a recent failure). */
    boolean usable();

    /** Runs {@code call} against Redis, or answers {@code fallback} when Redis is absent, paused or failing. */
    <T> T call(Function<RedisCommands, T> call, Supplier<T> fallback);

    /** Runs {@code call} against Redis; empty when Redis is absent, paused or failing (or the answer is null). */
    default <T> Optional<T> attempt(Function<RedisCommands, T> call) {
        return Optional.ofNullable(call(call, () -> null));
    }

    /** Runs {@code commands} against Redis; answers whether they all succeeded. */
    default boolean run(Consumer<RedisCommands> commands) {
        return call(
                redis -> {
                    commands.accept(redis);
                    return true;
                },
                () -> false);
    }

    /**
     * Sends the commands {@code commands} issues in one go (pipelined) and waits at most {@code timeout} for all of
     * their answers; answers whether they all succeeded in time.
     */
    default boolean pipeline(Duration timeout, Consumer<RedisPipeline> commands) {
        return pipelineAndRead(timeout, pipeline -> {
                    commands.accept(pipeline);
                    return () -> true;
                })
                .orElse(false);
    }

    /**
     * Sends the commands {@code commands} issues in one go (pipelined), waits at most {@code timeout} for all of
     * their answers, then answers what the supplier {@code commands} returned makes of them (it may read every
     * {@link RedisPipeline.Reply}); empty when Redis is absent, paused, failing or late.
     */
    <T> Optional<T> pipelineAndRead(Duration timeout, Function<RedisPipeline, Supplier<T>> commands);

    /** Sends the commands {@code commands} issues without waiting for their answers; a failure opens the circuit. */
    void send(Consumer<RedisPipeline> commands);

    /**
     * Subscribes {@code listener} to {@code channel} on a connection of its own (a cluster's delivers every node's
     * messages; the subscription is renewed after a reconnect); empty when Redis is absent, paused or failing.
     */
    Optional<Subscription> subscribe(String channel, Consumer<String> listener);

    /**
     * Whether Redis answers a {@code PING} now, asked even while the circuit is open (a readiness probe); the answer
     * closes or opens the circuit.
     */
    boolean ping();

    /**
     * Runs {@code work}, which talks to Redis through a client library of its own (Bucket4j's), under the same
     * circuit: {@code fallback} answers when Redis is absent, paused, or {@code work} fails.
     */
    <T> T guard(Supplier<T> work, Supplier<T> fallback);

    @Override
    void close();

    /** A channel subscription; closing it unsubscribes. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
