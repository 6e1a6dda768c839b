package com.recomengine.events.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.recomengine.platform.RedisLink;
import com.recomengine.shared.TenantId;
import io.lettuce.core.RedisClient;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The spool's consumer group against the machine's Redis, on a stream of this test's own. */
class DeadSpoolConsumersTests {

    private static final Duration CLAIM_IDLE = Duration.ofMillis(300);

    private final RedisLink redis = new RedisLink(
            RedisClient.create(System.getenv().getOrDefault("RECOMENGINE_REDIS_URL", "redis://127.0.0.1:6379/1")));
    private final SpoolProperties properties =
            new SpoolProperties("events:spool:test-" + UUID.randomUUID(), Duration.ofMillis(500), CLAIM_IDLE, 50);
    private final InteractionSpool spool =
            new InteractionSpool(redis, JsonMapper.builder().build(), properties);

    @AfterEach
    void removeStream() {
        redis.connect().sync().del(properties.stream());
        redis.close();
    }

    @Test
    void removesAStoppedInstancesConsumerOnlyOnceItsPendingEntriesAreClaimed() {
        spool.ensureGroup();
        assertThat(spool.append(new SpoolEntry(TenantId.of(UUID.randomUUID().toString()), "r1", List.of())))
                .isTrue();
        assertThat(spool.fresh("died-holding-an-entry")).hasSize(1);
        createConsumer("stopped-with-nothing");
        createConsumer("alive");
        awaitIdle();

        assertThat(spool.removeDeadConsumers("alive")).isEqualTo(1);
        assertThat(consumers()).containsExactlyInAnyOrder("alive", "died-holding-an-entry");

        assertThat(spool.claimAbandoned("alive")).hasSize(1);
        awaitIdle();
        assertThat(spool.removeDeadConsumers("alive")).isEqualTo(1);
        assertThat(consumers())
                .as("the live one is kept even while idle, with the entry it claimed")
                .containsExactly("alive");
    }

    @Test
    void aConsumerRemovedWhileIdleComesBackWithItsNextRead() {
        spool.ensureGroup();
        createConsumer("other");
        awaitIdle();
        spool.removeDeadConsumers("self");
        assertThat(consumers()).isEmpty();

        spool.append(new SpoolEntry(TenantId.of(UUID.randomUUID().toString()), "r2", List.of()));
        assertThat(spool.fresh("other")).hasSize(1);
        assertThat(consumers()).containsExactly("other");
    }

    /** As a start that read once makes it (whether Redis keeps a consumer that got nothing depends on its version). */
    private void createConsumer(String name) {
        redis.connect()
                .sync()
                .xgroupCreateconsumer(properties.stream(), io.lettuce.core.Consumer.from(InteractionSpool.GROUP, name));
    }

    private void awaitIdle() {
        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> idleMillis().stream().allMatch(idle -> idle >= CLAIM_IDLE.toMillis()));
    }

    private List<String> consumers() {
        return info("name").stream().map(Object::toString).toList();
    }

    private List<Long> idleMillis() {
        return info("idle").stream().map(v -> (Long) v).toList();
    }

    private List<Object> info(String field) {
        RedisClusterCommands<String, String> commands = redis.connect().sync();
        return commands.xinfoConsumers(properties.stream(), InteractionSpool.GROUP).stream()
                .map(consumer -> {
                    List<?> pairs = (List<?>) consumer;
                    for (int i = 0; i < pairs.size(); i += 2) {
                        if (field.equals(pairs.get(i))) {
                            return (Object) pairs.get(i + 1);
                        }
                    }
                    throw new AssertionError("no " + field + " in " + pairs);
                })
                .toList();
    }
}
