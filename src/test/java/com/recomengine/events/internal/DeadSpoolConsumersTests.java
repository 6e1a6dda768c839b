package com.recomengine.events.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.recomengine.platform.RedisLink;
import com.recomengine.platform.StreamConsumer;
import com.recomengine.platform.internal.redis.LettuceRedisLink;
import com.recomengine.shared.TenantId;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The spool's consumer group against the machine's Redis, on a stream of this test's own. */
class DeadSpoolConsumersTests {

    private static final Duration CLAIM_IDLE = Duration.ofMillis(300);

    private final RedisLink redis = LettuceRedisLink.connect(
            System.getenv().getOrDefault("RECOMENGINE_REDIS_URL", "redis://127.0.0.1:6379/1"), Duration.ofSeconds(2));
    private final SpoolProperties properties =
            new SpoolProperties("events:spool:test-" + UUID.randomUUID(), Duration.ofMillis(500), CLAIM_IDLE, 50);
    private final InteractionSpool spool =
            new InteractionSpool(redis, JsonMapper.builder().build(), properties);

    @AfterEach
    void removeStream() {
        redis.run(commands -> commands.del(properties.stream()));
        redis.close();
    }

    @Test
    void removesAStoppedInstancesConsumerOnlyOnceItsPendingEntriesAreClaimed() {
        assertThat(spool.ensureGroup()).isTrue();
        assertThat(spool.append(new SpoolEntry(TenantId.of(UUID.randomUUID().toString()), "r1", List.of())))
                .isTrue();
        assertThat(spool.fresh("died-holding-an-entry")).get().asList().hasSize(1);
        createConsumer("stopped-with-nothing");
        createConsumer("alive");
        awaitIdle();

        assertThat(spool.removeDeadConsumers("alive")).isEqualTo(1);
        assertThat(consumers()).containsExactlyInAnyOrder("alive", "died-holding-an-entry");

        assertThat(spool.claimAbandoned("alive")).get().asList().hasSize(1);
        awaitIdle();
        assertThat(spool.removeDeadConsumers("alive")).isEqualTo(1);
        assertThat(consumers())
                .as("the live one is kept even while idle, with the entry it claimed")
                .containsExactly("alive");
    }

    @Test
    void aConsumerRemovedWhileIdleComesBackWithItsNextRead() {
        assertThat(spool.ensureGroup()).isTrue();
        createConsumer("other");
        awaitIdle();
        spool.removeDeadConsumers("self");
        assertThat(consumers()).isEmpty();

        spool.append(new SpoolEntry(TenantId.of(UUID.randomUUID().toString()), "r2", List.of()));
        assertThat(spool.fresh("other")).get().asList().hasSize(1);
        assertThat(consumers()).containsExactly("other");
    }

    /** As a start that read once makes it (whether Redis keeps a consumer that got nothing depends on its version). */
    private void createConsumer(String name) {
        assertThat(redis.call(
                        commands -> commands.xgroupCreateconsumer(properties.stream(), InteractionSpool.GROUP, name),
                        () -> false))
                .isTrue();
    }

    private void awaitIdle() {
        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> idleMillis().stream().allMatch(idle -> idle >= CLAIM_IDLE.toMillis()));
    }

    private List<String> consumers() {
        return info().stream().map(StreamConsumer::name).toList();
    }

    private List<Long> idleMillis() {
        return info().stream().map(StreamConsumer::idleMillis).toList();
    }

    private List<StreamConsumer> info() {
        return redis.call(commands -> commands.xinfoConsumers(properties.stream(), InteractionSpool.GROUP), () -> {
            throw new AssertionError("Redis did not answer XINFO CONSUMERS");
        });
    }
}
