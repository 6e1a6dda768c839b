package com.recomengine.events.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.recomengine.events.EventsHttpTest;
import com.recomengine.events.Interaction;
import com.recomengine.events.InteractionType;
import com.recomengine.platform.RedisLink;
import com.recomengine.support.Api;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RedisFastPathTests extends EventsHttpTest {

    @Autowired
    RedisLink redis;

    @Test
    void answersARetryFromRedisAloneOnceTheFirstRequestIsMarkedCommitted() {
        Shop shop = shop();
        List<Map<String, Object>> events = views(10);
        assertCounts(sendBatch(shop, events), 10, 0, 0);
        String key = keyOf(shop, events.getFirst());
        await().atMost(Duration.ofSeconds(5)).until(() -> committed(shop, key));

        // Take the rows away behind the server's back: only Redis can now know that they were stored.
        jdbc.update("DELETE FROM events WHERE tenant_id = ?", shop.tenant().value());
        Api.Response retry = sendBatch(shop, events);

        assertCounts(retry, 0, 10, 0);
        assertThat(stored(shop)).isZero();
    }

    @Test
    void sendsAnEventToTheDatabaseWhenItsKeyNamesARequestThatNeverCommitted() {
        Shop shop = shop();
        Map<String, Object> event = view("u1", "p1");
        // As left by a request that claimed the key and died before its commit.
        assertThat(redis.run(commands -> commands.set(keyOf(shop, event), "never-committed")))
                .isTrue();

        assertCounts(sendBatch(shop, List.of(event)), 1, 0, 0);
        assertThat(stored(shop)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(5)).until(() -> committed(shop, keyOf(shop, event)));
    }

    private boolean committed(Shop shop, String key) {
        return redis.call(
                commands -> {
                    String requestId = commands.get(key);
                    return requestId != null && commands.exists("dc:{" + shop.tenant() + "}:" + requestId);
                },
                () -> false);
    }

    private static String keyOf(Shop shop, Map<String, Object> event) {
        var dedupKey = IncomingInteraction.dedupKeyOf(
                (String) event.get("eventId"),
                (String) event.get("userId"),
                InteractionType.VIEW,
                (String) event.get("productId"),
                Instant.parse((String) event.get("timestamp")));
        return new IncomingInteraction(
                        shop.tenant(),
                        new Interaction(InteractionType.VIEW, "", null, null, null, Instant.EPOCH, null),
                        dedupKey,
                        null,
                        null,
                        0)
                .redisKey();
    }
}
