package com.recomengine.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** SPEC §8: with Redis down, ingestion still answers and the database alone still deduplicates. */
class IngestionWithoutRedisTests extends EventsHttpTest {

    static final PrivateRedis REDIS = new PrivateRedis().start();

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("recomengine.platform.redis.url", REDIS::url);
    }

    @AfterAll
    static void stopRedis() {
        REDIS.close();
    }

    @Test
    void storesARetriedBatchOnceWhenRedisWentDownBetweenTheTwoSends() {
        Shop shop = shop();
        List<Map<String, Object>> events = views(30);
        assertCounts(sendBatch(shop, events), 30, 0, 0);

        REDIS.stop();
        var retry = sendBatch(shop, events);
        var fresh = sendBatch(
                shop,
                views(10).stream()
                        .map(e -> {
                            e.put("userId", "later-" + e.get("userId"));
                            return e;
                        })
                        .toList());

        assertCounts(retry, 0, 30, 0);
        assertCounts(fresh, 10, 0, 0);
        assertThat(stored(shop)).isEqualTo(40);
    }
}
