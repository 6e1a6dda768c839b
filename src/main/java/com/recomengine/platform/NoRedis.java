package com.recomengine.platform;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** {@link RedisLink#none()}: no Redis configured, every call answers its fallback. */
final class NoRedis implements RedisLink {

    static final NoRedis INSTANCE = new NoRedis();

    private NoRedis() {}

    @Override
    public boolean configured() {
        return false;
    }

    @Override
    public boolean cluster() {
        return false;
    }

    @Override
    public boolean usable() {
        return false;
    }

    @Override
    public <T> T call(Function<RedisCommands, T> call, Supplier<T> fallback) {
        return fallback.get();
    }

    @Override
    public <T> Optional<T> pipelineAndRead(Duration timeout, Function<RedisPipeline, Supplier<T>> commands) {
        return Optional.empty();
    }

    @Override
    public void send(Consumer<RedisPipeline> commands) {}

    @Override
    public Optional<Subscription> subscribe(String channel, Consumer<String> listener) {
        return Optional.empty();
    }

    @Override
    public boolean ping() {
        return false;
    }

    @Override
    public <T> T guard(Supplier<T> work, Supplier<T> fallback) {
        return fallback.get();
    }

    @Override
    public void close() {}
}
