package com.recomengine.catalog.internal;

import com.recomengine.platform.RedisLink;
import com.recomengine.shared.TenantId;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells the other instances which products changed, over Redis pub/sub, so that their in-memory availability sets
 * and caches follow within milliseconds. Fire-and-forget: a message lost while Redis is away is made good by the
 * periodic background reload of the availability sets and the short life of the other caches. Without Redis
 * there is only one instance and nothing to tell.
 */
@Component
class ChangeBroadcast implements DisposableBean {

    static final String CHANNEL = "recomengine:catalog:changes";
    private static final Logger log = LoggerFactory.getLogger(ChangeBroadcast.class);
    private static final String EVERYTHING = "*";
    private static final int MAX_IDS = 10_000;

    /** Another instance changed these products of the tenant ({@code everything}: too many to list). */
    record RemoteChange(TenantId tenant, Set<String> productIds, boolean everything) {}

    private final RedisLink redis;
    private final String instance = UUID.randomUUID().toString();
    private volatile Consumer<RemoteChange> receiver = change -> {};
    private volatile @Nullable StatefulRedisPubSubConnection<String, String> subscription;

    ChangeBroadcast(RedisLink redis) {
        this.redis = redis;
    }

    void onRemoteChange(Consumer<RemoteChange> receiver) {
        this.receiver = receiver;
    }

    void publish(TenantId tenant, Collection<String> productIds) {
        publish(tenant, productIds, productIds.size() > MAX_IDS);
    }

    /** Everything of the tenant changed (e.g. its catalog was purged). */
    void publishAll(TenantId tenant) {
        publish(tenant, Set.of(), true);
    }

    private void publish(TenantId tenant, Collection<String> productIds, boolean everything) {
        if (!redis.usable()) {
            return;
        }
        StringBuilder message = new StringBuilder(instance).append('\n').append(tenant);
        if (everything) {
            message.append('\n').append(EVERYTHING);
        } else {
            productIds.forEach(id -> message.append('\n').append(id));
        }
        try {
            redis.connect().async().publish(CHANNEL, message.toString()).exceptionally(e -> {
                redis.markFailed(e instanceof Exception ex ? ex : new IllegalStateException(e));
                return 0L;
            });
        } catch (RuntimeException e) {
            redis.markFailed(e);
        }
    }

    /** Subscribes once Redis is reachable; Lettuce re-subscribes by itself after a reconnect. */
    @Scheduled(initialDelay = 0, fixedDelayString = "${recomengine.catalog.subscribe-retry:10s}")
    void subscribe() {
        if (subscription != null || !redis.usable()) {
            return;
        }
        redis.client().ifPresent(client -> {
            try {
                StatefulRedisPubSubConnection<String, String> connection = client.connectPubSub();
                connection.addListener(new RedisPubSubAdapter<>() {
                    @Override
                    public void message(String channel, String message) {
                        receive(message);
                    }
                });
                connection.sync().subscribe(CHANNEL);
                subscription = connection;
            } catch (RuntimeException e) {
                redis.markFailed(e);
            }
        });
    }

    private void receive(String message) {
        List<String> lines = message.lines().toList();
        if (lines.size() < 2 || lines.getFirst().equals(instance)) {
            return;
        }
        try {
            TenantId tenant = TenantId.of(lines.get(1));
            List<String> ids = lines.subList(2, lines.size());
            boolean everything = ids.size() == 1 && ids.getFirst().equals(EVERYTHING);
            RemoteChange change = new RemoteChange(tenant, everything ? Set.of() : new LinkedHashSet<>(ids), everything);
            // Off the Redis I/O thread: applying a change may query the database.
            Thread.ofVirtual().name("catalog-remote-change").start(() -> receiver.accept(change));
        } catch (IllegalArgumentException e) {
            log.warn("Ignoring a malformed catalog change message: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        StatefulRedisPubSubConnection<String, String> connection = subscription;
        if (connection != null) {
            connection.close();
        }
    }
}
