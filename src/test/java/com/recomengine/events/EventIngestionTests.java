package com.recomengine.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.support.Api;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EventIngestionTests extends EventsHttpTest {

    @Test
    void storesExactlyTheGoodEventsOfAMixedBatchAndReportsEachBadOne() {
        Shop shop = shop();
        List<Object> events = new ArrayList<>();
        events.add(view("alice", "p1")); // 0 good
        events.add(with(view("alice", "p2"), "eventType", "teleport")); // 1 unknown type
        events.add(with(view("bob", "p3"), "productId", null)); // 2 view needs a product
        events.add(with(
                view("bob", "p4"),
                "timestamp",
                Instant.now().minus(Duration.ofDays(100)).toString())); // 3 too old
        events.add(with(
                view("bob", "p5"),
                "timestamp",
                Instant.now().plus(Duration.ofMinutes(10)).toString())); // 4 ahead
        events.add(with(view("x".repeat(257), "p6"), "eventType", "click")); // 5 userId too long
        events.add(with(view("carol", "p7"), "metadata", Map.of("blob", "y".repeat(5000)))); // 6 metadata too big
        events.add(with(view("carol", "p8"), "colour", "red")); // 7 unknown field
        events.add("not an event"); // 8 not an object
        events.add(with(with(view("dave", "p9"), "eventType", "purchase"), "metadata", Map.of("revenue", "lots"))); // 9
        events.add(with(view("eve", "p10"), "timestamp", "yesterday")); // 10 bad timestamp
        events.add(with(view("eve\u0007", "p11"), "eventType", "view")); // 11 control character
        events.add(with(with(view("frank", "p12"), "eventType", "impression"), "productId", null)); // 12 good
        events.add(with(
                with(view("grace", "p13"), "eventType", "purchase"),
                "metadata",
                Map.of("revenue", 19.99, "currency", "EUR", "orderId", "o-1"))); // 13 good

        Api.Response response = sendBatch(shop, events);

        assertCounts(response, 3, 0, 11);
        Map<Integer, String> reasons = new LinkedHashMap<>();
        for (JsonNode result : response.json().get("results")) {
            assertThat(result.get("status").asString()).isEqualTo("rejected");
            reasons.put(result.get("index").asInt(), result.get("reason").asString());
        }
        assertThat(reasons).containsOnlyKeys(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(reasons.get(1)).startsWith("eventType:").contains("add_to_cart");
        assertThat(reasons.get(2)).startsWith("productId:");
        assertThat(reasons.get(3)).startsWith("timestamp:").contains("retention of 90 days");
        assertThat(reasons.get(4)).startsWith("timestamp:").contains("future");
        assertThat(reasons.get(5)).startsWith("userId:");
        assertThat(reasons.get(6)).startsWith("metadata:").contains("4096 bytes");
        assertThat(reasons.get(7)).isEqualTo("colour: unknown field");
        assertThat(reasons.get(8)).startsWith("event:");
        assertThat(reasons.get(9)).startsWith("metadata.revenue:");
        assertThat(reasons.get(10)).startsWith("timestamp:");
        assertThat(reasons.get(11)).startsWith("userId:");
        assertThat(stored(shop)).isEqualTo(3);
        assertThat(jdbc.queryForList(
                        "SELECT user_id FROM events WHERE tenant_id = ? ORDER BY user_id",
                        String.class,
                        shop.tenant().value()))
                .containsExactly("alice", "frank", "grace");
    }

    @Test
    void storesARetriedBatchOnce() {
        Shop shop = shop();
        List<Map<String, Object>> events = views(50);
        assertCounts(sendBatch(shop, events), 50, 0, 0);

        Api.Response retry = sendBatch(shop, events);

        assertCounts(retry, 0, 50, 0);
        assertThat(retry.json()
                        .get("results")
                        .valueStream()
                        .map(r -> r.get("status").asString()))
                .hasSize(50)
                .containsOnly("duplicate");
        assertThat(stored(shop)).isEqualTo(50);
    }

    @Test
    void deduplicatesEventsWithoutEventIdByUserTypeProductAndTimestamp() {
        Shop shop = shop();
        Map<String, Object> event = view("u1", "p1");
        event.remove("eventId");
        List<Object> twice = List.of(event, event, with(event, "productId", "p2"));

        assertCounts(sendBatch(shop, twice), 2, 1, 0);
        assertCounts(sendBatch(shop, twice), 0, 3, 0);
        assertThat(stored(shop)).isEqualTo(2);
    }

    @Test
    void answersASingleEventWith201ThenWith200WhenItIsSentAgain() {
        Shop shop = shop();
        Map<String, Object> event = view("u1", "p1");

        Api.Response first = api.post("/api/v1/events", event).key(shop.key()).send();
        Api.Response second = api.post("/api/v1/events", event).key(shop.key()).send();

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("status").asString()).isEqualTo("accepted");
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().get("status").asString()).isEqualTo("duplicate");
        assertThat(stored(shop)).isEqualTo(1);
    }

    @Test
    void rejectsAnInvalidSingleEventWithAProblemNamingTheField() {
        Shop shop = shop();

        Api.Response response = api.post("/api/v1/events", with(view("u1", "p1"), "eventType", "hover"))
                .key(shop.key())
                .send();

        assertProblem(response, 400);
        assertThat(fieldsOf(response)).containsExactly("eventType");
        assertThat(stored(shop)).isZero();
    }

    @Test
    void refusesWholeBodyProblemsAndStoresNothing() {
        Shop shop = shop();

        Api.Response malformed = api.post("/api/v1/events/batch", "{\"events\": [{\"eventType\": ")
                .key(shop.key())
                .send();
        Api.Response tooMany = sendBatch(shop, views(1001));
        Api.Response empty = sendBatch(shop, List.of());
        Api.Response notAList = api.post("/api/v1/events/batch", Map.of("events", "view"))
                .key(shop.key())
                .send();
        Api.Response unknown = api.post("/api/v1/events/batch", Map.of("events", views(1), "extra", 1))
                .key(shop.key())
                .send();

        assertProblem(malformed, 400);
        assertProblem(tooMany, 400);
        assertThat(fieldsOf(tooMany)).containsExactly("events");
        assertProblem(empty, 400);
        assertProblem(notAList, 400);
        assertProblem(unknown, 400);
        assertThat(stored(shop)).isZero();
    }

    @Test
    void replaysTheFirstAnswerToARetryWithTheSameIdempotencyKey() {
        Shop shop = shop();
        List<Object> events = new ArrayList<>(views(3));
        events.add(with(view("u", "p"), "eventType", "nope"));
        String key = UUID.randomUUID().toString();

        Api.Response first = api.post("/api/v1/events/batch", Map.of("events", events))
                .key(shop.key())
                .header("Idempotency-Key", key)
                .send();
        Api.Response retry = api.post("/api/v1/events/batch", Map.of("events", events))
                .key(shop.key())
                .header("Idempotency-Key", key)
                .send();
        Api.Response otherBody = api.post("/api/v1/events/batch", Map.of("events", views(1)))
                .key(shop.key())
                .header("Idempotency-Key", key)
                .send();

        assertCounts(first, 3, 0, 1);
        assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
        assertCounts(retry, 3, 0, 1);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertProblem(otherBody, 422);
        assertThat(stored(shop)).isEqualTo(3);
    }

    @Test
    void acceptsEventsFromAPublishableKeyButNotFromAReadKey() {
        Shop shop = shop();
        String publishable = issueKey(shop.admin(), shop.tenant().toString(), "publishable", null);
        String read = issueKey(shop.admin(), shop.tenant().toString(), "secret", "read");

        assertCounts(
                api.post("/api/v1/events/batch", Map.of("events", views(2)))
                        .key(publishable)
                        .send(),
                2,
                0,
                0);
        assertProblem(
                api.post("/api/v1/events/batch", Map.of("events", views(2)))
                        .key(read)
                        .send(),
                403);
        assertThat(stored(shop)).isEqualTo(2);
    }

    @Test
    void keepsEachTenantsEventsApart() {
        Shop one = shop();
        Shop two = shop();
        List<Map<String, Object>> events = views(5);

        assertCounts(sendBatch(one, events), 5, 0, 0);
        assertCounts(sendBatch(two, events), 5, 0, 0);
        assertThat(stored(one)).isEqualTo(5);
        assertThat(stored(two)).isEqualTo(5);
    }

    static Map<String, Object> with(Map<String, Object> event, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(event);
        copy.put(field, value);
        return copy;
    }
}
