package com.recomengine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InteractionsTests extends EventsHttpTest {

    @Autowired
    Interactions interactions;

    @Test
    void streamsATenantsInteractionsOfATimeRangeOldestFirst() {
        Shop shop = shop();
        Instant base = Instant.now().minus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 4; i >= 0; i--) {
            Map<String, Object> event = view("u" + i, "p" + i);
            event.put("timestamp", base.plus(Duration.ofHours(i)).toString());
            event.put("sessionId", "s1");
            events.add(event);
        }
        events.get(0).put("metadata", Map.of("placementId", "home"));
        assertCounts(sendBatch(shop, events), 5, 0, 0);

        List<Interaction> read = new ArrayList<>();
        interactions.forEach(shop.tenant(), base.plus(Duration.ofHours(1)), base.plus(Duration.ofHours(4)), read::add);

        assertThat(read).extracting(Interaction::userId).containsExactly("u1", "u2", "u3");
        assertThat(read.getFirst().type()).isEqualTo(InteractionType.VIEW);
        assertThat(read.getFirst().sessionId()).isEqualTo("s1");
        assertThat(read.getFirst().timestamp()).isEqualTo(base.plus(Duration.ofHours(1)));
        assertThat(interactions.count(shop.tenant(), base, base.plus(Duration.ofDays(1))))
                .isEqualTo(5);
    }

    @Test
    void publishesOneInteractionsRecordedPerBatchWithTheUsersAndProductsTouched() {
        Shop shop = shop();
        List<Map<String, Object>> events = views(3);
        assertCounts(sendBatch(shop, events), 3, 0, 0);
        assertCounts(sendBatch(shop, events), 0, 3, 0);

        List<InteractionsRecorded> published = recorded.of(shop.tenant());

        assertThat(published).hasSize(1);
        assertThat(published.getFirst().userIds()).containsExactlyInAnyOrder("u-0", "u-1", "u-2");
        assertThat(published.getFirst().productIds()).containsExactlyInAnyOrder("p-0", "p-1", "p-2");
        assertThat(published.getFirst().count()).isEqualTo(3);
    }

    @Test
    void coalescesTheNotificationsOfRapidSingleEventsWithoutLosingAnyUser() {
        Shop shop = shop();
        List<String> users = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            users.add("rapid-" + i);
            assertThat(api.post(
                                    "/api/v1/events",
                                    Map.of("eventType", "view", "userId", "rapid-" + i, "productId", "p-" + i))
                            .key(shop.key())
                            .send()
                            .status())
                    .isEqualTo(201);
        }

        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(recorded.of(shop.tenant()).stream()
                                .mapToInt(InteractionsRecorded::count)
                                .sum())
                        .isEqualTo(20));
        List<InteractionsRecorded> published = recorded.of(shop.tenant());

        assertThat(published.size()).isLessThan(20);
        assertThat(published.stream().flatMap(r -> r.userIds().stream())).containsExactlyInAnyOrderElementsOf(users);
        assertThat(published.stream().flatMap(r -> r.productIds().stream()).distinct())
                .hasSize(20);
    }

    @Test
    void keepsLiveCountersPerPlacementAndStrategyFromNewEventsOnly() {
        Shop shop = shop();
        List<Map<String, Object>> events = new ArrayList<>();
        events.add(event("impression", null, Map.of("placementId", "home", "strategy", "trending")));
        events.add(event("impression", null, Map.of("placementId", "home", "strategy", "trending")));
        events.add(event("recommendation_click", "p1", Map.of("placementId", "home", "strategy", "trending")));
        events.add(event("purchase", "p1", Map.of("placementId", "home", "strategy", "trending", "revenue", 12.345)));
        events.add(event("purchase", "p2", Map.of("revenue", 5)));
        events.add(event("view", "p3", null));
        assertCounts(sendBatch(shop, events), 6, 0, 0);
        assertCounts(sendBatch(shop, events), 0, 6, 0);

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(interactions.liveCounts(shop.tenant(), today))
                        .containsExactlyInAnyOrder(
                                new LiveCounts("-", "-", 0, 0, 1, 500),
                                new LiveCounts("home", "trending", 2, 1, 1, 1235)));
    }

    private static Map<String, Object> event(String type, String productId, Map<String, Object> metadata) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", UUID.randomUUID().toString());
        event.put("eventType", type);
        event.put("userId", "shopper");
        if (productId != null) {
            event.put("productId", productId);
        }
        if (metadata != null) {
            event.put("metadata", metadata);
        }
        return event;
    }
}
