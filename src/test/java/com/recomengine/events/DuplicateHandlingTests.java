package com.recomengine.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.support.Api;
import io.lettuce.core.FlushMode;
import io.lettuce.core.RedisClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

class DuplicateHandlingTests extends EventsHttpTest {

    @Value("${recomengine.platform.redis.url}")
    String redisUrl;

    @Test
    void storesAnEventOnceWhenRedisForgotItBetweenTheTwoSends() {
        Shop shop = shop();
        List<Map<String, Object>> events = views(20);
        assertCounts(sendBatch(shop, events), 20, 0, 0);

        // FLUSHDB on this test run's own Redis database only (the URL names it); ASYNC answers at once however
        // many keys there are, and the keys are gone for every later command.
        RedisClient client = RedisClient.create(redisUrl);
        try (var connection = client.connect()) {
            assertThat(connection.sync().flushdb(FlushMode.ASYNC)).isEqualTo("OK");
        } finally {
            client.shutdown();
        }
        Api.Response retry = sendBatch(shop, events);

        assertCounts(retry, 0, 20, 0);
        assertThat(stored(shop)).isEqualTo(20);
    }

    @Test
    void storesOneRowWhenTwoIdenticalRequestsArriveTogether() throws Exception {
        Shop shop = shop();
        for (int round = 0; round < 10; round++) {
            List<Map<String, Object>> events = views(25);
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Api.Response>> sends = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sends.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return sendBatch(shop, events);
                }));
            }
            start.countDown();
            int accepted = 0;
            int duplicates = 0;
            for (CompletableFuture<Api.Response> send : sends) {
                Api.Response response = send.get();
                assertThat(response.status()).as(response.body()).isEqualTo(200);
                accepted += response.json().get("accepted").asInt();
                duplicates += response.json().get("duplicates").asInt();
            }
            assertThat(accepted).as("round %d", round).isEqualTo(25);
            assertThat(duplicates).as("round %d", round).isEqualTo(25);
        }
        assertThat(stored(shop)).isEqualTo(250);
    }

    @Test
    void countsADuplicateWithinOneBatchOnce() {
        Shop shop = shop();
        Map<String, Object> event = view("u1", "p1");

        Api.Response response = sendBatch(shop, List.of(event, event, event));

        assertCounts(response, 1, 2, 0);
        assertThat(response.json()
                        .get("results")
                        .valueStream()
                        .map(r -> r.get("index").asInt()))
                .containsExactly(1, 2);
        assertThat(stored(shop)).isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
