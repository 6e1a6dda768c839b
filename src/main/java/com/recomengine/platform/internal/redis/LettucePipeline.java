package com.recomengine.platform.internal.redis;

import com.recomengine.platform.RedisPipeline;
import com.recomengine.platform.RedisScript;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;

/** {@link RedisPipeline} over a Lettuce connection's asynchronous commands: each command is sent at once. */
@RequiredArgsConstructor
final class LettucePipeline implements RedisPipeline {

    private final RedisClusterAsyncCommands<String, String> redis;
    private final List<RedisFuture<?>> sent = new ArrayList<>();

    @Override
    public Reply<@Nullable String> get(String key) {
        return reply(redis.get(key));
    }

    @Override
    public Reply<List<@Nullable String>> mget(String... keys) {
        return reply(redis.mget(keys), LettuceCommands::values);
    }

    @Override
    public Reply<String> set(String key, String value, Duration ttl) {
        return reply(redis.set(key, value, LettuceCommands.ttl(ttl)));
    }

    @Override
    public Reply<String> setKeepingTtl(String key, String value) {
        return reply(redis.set(key, value, io.lettuce.core.SetArgs.Builder.keepttl()));
    }

    @Override
    public Reply<Boolean> expire(String key, Duration ttl) {
        return reply(redis.expire(key, ttl));
    }

    @Override
    public Reply<Long> hincrby(String key, String field, long amount) {
        return reply(redis.hincrby(key, field, amount));
    }

    @Override
    public Reply<Long> lpush(String key, String... values) {
        return reply(redis.lpush(key, values));
    }

    @Override
    public Reply<String> ltrim(String key, long start, long stop) {
        return reply(redis.ltrim(key, start, stop));
    }

    @Override
    public <T> Reply<T> eval(RedisScript<T> script, String[] keys, String... args) {
        return reply(redis.<T>eval(script.source(), LettuceCommands.outputType(script), keys, args));
    }

    @Override
    public Reply<Long> publish(String channel, String message) {
        return reply(redis.publish(channel, message));
    }

    /** Waits for every answer until {@code timeout}; throws the first failure, or on time out. */
    void await(Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (RedisFuture<?> future : sent) {
            future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
    }

    /** Reports each command that fails, whenever its answer comes. */
    void whenFailed(Consumer<Throwable> failed) {
        for (RedisFuture<?> future : sent) {
            future.whenComplete((answer, failure) -> {
                if (failure != null) {
                    failed.accept(failure);
                }
            });
        }
    }

    private <T> Reply<T> reply(RedisFuture<T> future) {
        return reply(future, answer -> answer);
    }

    private <R, T> Reply<T> reply(RedisFuture<R> future, Function<R, T> read) {
        sent.add(future);
        CompletableFuture<R> done = future.toCompletableFuture();
        return () -> read.apply(done.join());
    }
}
