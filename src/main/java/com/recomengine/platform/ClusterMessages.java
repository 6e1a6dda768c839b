package com.recomengine.platform;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells the other instances what changed here, over one Redis pub/sub channel shared by the modules: products
 * changed (catalog), a new model generation, a tenant's or some shoppers' cached answers invalidated
 * (recommendations). A message is lines: the sending instance, a kind (named after its module, e.g.
 * {@code catalog.changes}), then the kind's fields; an instance ignores its own. Fire-and-forget: each user of it
 * makes good what a lost message would have said by its own periodic reload or short cache lives. Without Redis
 * there is one instance and nothing to tell.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ClusterMessages implements DisposableBean {

    public static final String CHANNEL = "recomengine:cluster";

    private final RedisLink redis;
    private final String instance = UUID.randomUUID().toString();
    private final Map<String, Consumer<List<String>>> receivers = new ConcurrentHashMap<>();
    private volatile RedisLink.@Nullable Subscription subscription;

    /** {@code receiver} gets the fields of every message of {@code kind} sent by another instance. */
    public void onMessage(String kind, Consumer<List<String>> receiver) {
        receivers.put(kind, receiver);
    }

    public void send(String kind, List<String> fields) {
        if (!redis.usable()) {
            return;
        }
        StringBuilder message = new StringBuilder(instance).append('\n').append(kind);
        fields.forEach(field -> message.append('\n').append(field));
        redis.send(commands -> commands.publish(CHANNEL, message.toString()));
    }

    /** Subscribes once Redis is reachable; the subscription is renewed by itself after a reconnect. */
    @Scheduled(initialDelay = 0, fixedDelayString = "${recomengine.platform.cluster-subscribe-retry:10s}")
    void subscribe() {
        if (subscription != null || !redis.usable()) {
            return;
        }
        subscription = redis.subscribe(CHANNEL, this::receive).orElse(null);
    }

    private void receive(String message) {
        List<String> lines = message.lines().toList();
        if (lines.size() < 2 || lines.getFirst().equals(instance)) {
            return;
        }
        Consumer<List<String>> receiver = receivers.get(lines.get(1));
        if (receiver != null) {
            // Off the Redis I/O thread: a receiver may read PostgreSQL.
            Thread.ofVirtual().name("cluster-message").start(() -> receiver.accept(lines.subList(2, lines.size())));
        }
    }

    @Override
    public void destroy() {
        RedisLink.Subscription connection = subscription;
        if (connection != null) {
            connection.close();
        }
    }
}
