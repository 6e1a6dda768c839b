package com.recomengine.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveEventsTest extends DashboardTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private void send(String key, String... types) {
        List<Map<String, Object>> events = new java.util.ArrayList<>();
        for (String type : types) {
            events.add(Map.of(
                    "eventType",
                    type,
                    "userId",
                    "shopper-1",
                    "productId",
                    "sku-" + events.size(),
                    "timestamp",
                    Instant.now().toString(),
                    "metadata",
                    Map.of("placementId", "home_top")));
        }
        var sent = api.post("/api/v1/events/batch", Map.of("events", events))
                .key(key)
                .send();
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    }

    @Test
    void streamsTheTenantsNewInteractionsWithTodaysCounts() throws Exception {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Shop");
        String key = issueKey(ada, tenant, "secret", "read-write");
        assertThat(ada.get("/dashboard/tenants/" + tenant + "/live").body())
                .contains("Live events")
                .contains("data-stream=");

        try (EventStream stream = ada.stream("/dashboard/tenants/" + tenant + "/live/stream", null)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.next("counts", WAIT).data()).contains("\"total\":0");
            send(key, "view", "add_to_cart");
            var first = stream.next("interaction", WAIT);
            var second = stream.next("interaction", WAIT);
            assertThat(first.data())
                    .contains("\"type\":\"view\"")
                    .contains("\"userId\":\"shopper-1\"")
                    .contains("\"placementId\":\"home_top\"");
            assertThat(second.data()).contains("\"type\":\"add_to_cart\"");
            assertThat(Long.parseLong(second.id())).isGreaterThan(Long.parseLong(first.id()));
            assertThat(stream.next("counts", WAIT).data())
                    .contains("\"total\":2")
                    .contains("\"view\":1");
        }
    }

    @Test
    void aReconnectingBrowserGetsWhatItMissed() throws Exception {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Shop");
        String key = issueKey(ada, tenant, "secret", "read-write");
        String path = "/dashboard/tenants/" + tenant + "/live/stream";
        String firstId;
        try (EventStream stream = ada.stream(path, null)) {
            stream.next("counts", WAIT);
            send(key, "view");
            firstId = stream.next("interaction", WAIT).id();
        }
        try (EventStream watcher = ada.stream(path, null)) {
            watcher.next("counts", WAIT);
            send(key, "purchase");
            watcher.next("interaction", WAIT);
        }
        try (EventStream again = ada.stream(path, firstId)) {
            var replayed = again.next("interaction", WAIT);
            assertThat(replayed.data()).contains("\"type\":\"purchase\"");
            assertThat(Long.parseLong(replayed.id())).isGreaterThan(Long.parseLong(firstId));
        }
    }

    @Test
    void anotherAdminCannotWatchTheTenant() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Shop");
        Browser bob = signedUp();
        try (EventStream stream = bob.stream("/dashboard/tenants/" + tenant + "/live/stream", null)) {
            assertThat(stream.status()).isEqualTo(404);
        }
        assertThat(bob.get("/dashboard/tenants/" + tenant + "/live").status()).isEqualTo(404);
    }
}
