package com.recomengine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.support.Api;
import com.recomengine.support.HttpTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fast path for one event ({@code POST /api/v1/events}, answered before Spring Security and MVC) answers
 * exactly as the full stack does: headers, statuses, problem documents of both its own making and, for what it
 * declines, the controller's; and its requests are counted under the same HTTP metric.
 */
class FastPathTest extends HttpTest {

    private String key;

    @BeforeEach
    void shop() {
        Admin admin = signUpAndLogIn();
        key = issueKey(admin, createTenant(admin), "secret", "read-write");
    }

    private Api.Response send(Object body) {
        return api.post("/api/v1/events", body).key(key).send();
    }

    @Test
    void storesAnEventWithTheHeadersOfTheFullStack() {
        Map<String, Object> event =
                Map.of("eventId", UUID.randomUUID().toString(), "eventType", "view", "userId", "u1", "productId", "p1");

        Api.Response first = api.post("/api/v1/events", event)
                .key(key)
                .header("X-Request-ID", "fast-path-1")
                .send();
        Api.Response again = send(event);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("status").asString()).isEqualTo("accepted");
        assertThat(first.contentType()).startsWith("application/json");
        assertThat(first.header("X-Request-ID")).isEqualTo("fast-path-1");
        assertThat(first.header("RateLimit-Limit")).isNotBlank();
        assertThat(first.header("RateLimit-Remaining")).isNotBlank();
        assertThat(first.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("status").asString()).isEqualTo("duplicate");
        assertThat(again.header("X-Request-ID")).matches("[0-9a-f-]{36}");
    }

    @Test
    void aBadEventIsAProblemNamingTheField() {
        Api.Response response = send(Map.of("eventType", "view", "productId", "p1"));

        assertProblem(response, 400);
        assertThat(fieldsOf(response)).containsExactly("userId");
        assertThat(response.json().get("requestId").asString()).isEqualTo(response.header("X-Request-ID"));
    }

    @Test
    void whatItDeclinesTheControllerAnswers() {
        Api.Response malformed = send("{\"eventType\": \"view\",");
        Api.Response array = send("[{\"eventType\":\"view\",\"userId\":\"u1\",\"productId\":\"p1\"}]");
        Api.Response other = api.post("/api/v1/events", "{}")
                .key(key)
                .header("Content-Type", "text/plain")
                .send();

        assertProblem(malformed, 400);
        assertThat(malformed.json().get("type").asString()).isEqualTo("/problems/malformed-body");
        assertProblem(array, 400);
        // Declined (not application/json): the controller read the same body again and found no eventType in it.
        assertProblem(other, 400);
        assertThat(fieldsOf(other)).containsExactly("eventType");
    }

    @Test
    void answersABatchPerIndexAndReplaysItsIdempotencyKey() {
        List<Map<String, Object>> events = List.of(
                Map.of("eventId", UUID.randomUUID().toString(), "eventType", "view", "userId", "u1", "productId", "p1"),
                Map.of("eventType", "teleport", "userId", "u1"));

        Api.Response first = api.post("/api/v1/events/batch", Map.of("events", events))
                .key(key)
                .header("Idempotency-Key", "fast-batch-1")
                .send();
        Api.Response replay = api.post("/api/v1/events/batch", Map.of("events", events))
                .key(key)
                .header("Idempotency-Key", "fast-batch-1")
                .send();

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("accepted").asInt()).isEqualTo(1);
        assertThat(first.json().get("rejected").asInt()).isEqualTo(1);
        assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.json()).isEqualTo(first.json());
    }

    @Test
    void aBatchOfAnotherShapeIsTheControllersAndAnEmptyOneAProblem() {
        Api.Response unknownField = api.post("/api/v1/events/batch", "{\"events\": [], \"extra\": 1}")
                .key(key)
                .send();
        Api.Response empty = api.post("/api/v1/events/batch", Map.of("events", List.of()))
                .key(key)
                .send();

        assertProblem(unknownField, 400);
        assertThat(fieldsOf(unknownField)).containsExactly("extra");
        assertProblem(empty, 400);
        assertThat(fieldsOf(empty)).containsExactly("events");
    }

    @Test
    void refusalsOfTheKeyAreTheGatesProblems() {
        Map<String, Object> event = Map.of("eventType", "view", "userId", "u1", "productId", "p1");
        Admin admin = signUpAndLogIn();
        String readOnly = issueKey(admin, createTenant(admin), "secret", "read");

        assertProblem(api.post("/api/v1/events", event).key("rk_live_unknown").send(), 401);
        assertProblem(api.post("/api/v1/events", event).key(readOnly).send(), 403);
    }

    @Test
    void itsRequestsAreCountedUnderTheHttpServerMetric() {
        send(Map.of("eventType", "view", "userId", "u-metrics", "productId", "p1"));

        String metrics = api.get("/internal/metrics")
                .header("X-Internal-Key", "test-internal-key")
                .send()
                .body();

        assertThat(metrics)
                .containsPattern(
                        "http_server_requests_seconds_count\\{[^}]*method=\"POST\"[^}]*status=\"201\"[^}]*uri=\"/api/v1/events\"");
    }

    @Test
    void aGetIsAnsweredOnTheFastPathWithTheHeadersOfTheFullStack() {
        Api.Response info =
                api.get("/api/v1/key").key(key).header("X-Request-ID", "fast-1").send();

        assertThat(info.status()).isEqualTo(200);
        assertThat(info.header("Content-Type")).isEqualTo("application/json");
        assertThat(info.json().get("permissions").asString()).isEqualTo("read-write");
        assertThat(info.header("X-Request-ID")).isEqualTo("fast-1");
        assertThat(info.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(info.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(info.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(info.header("Cache-Control")).contains("no-store");
        assertThat(info.header("RateLimit-Remaining")).matches("[0-9]+");
        assertThat(info.header("Date")).endsWith("GMT");
        assertProblem(api.get("/api/v1/key").key("rk_live_unknown").send(), 401);
    }

    @Test
    void aGetTheFastPathDeclinesReachesTheControllerWithItsRequestId() {
        Api.Response declined =
                api.get("/api/v1/recommendations?limit=oops").key(key).send();
        Api.Response named = api.get("/api/v1/recommendations?limit=oops")
                .key(key)
                .header("X-Request-ID", "declined-1")
                .send();

        assertProblem(declined, 400);
        assertThat(declined.json().get("requestId").asString()).isEqualTo(declined.header("X-Request-ID"));
        assertThat(declined.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertProblem(named, 400);
        assertThat(named.header("X-Request-ID")).isEqualTo("declined-1");
        assertThat(named.json().get("requestId").asString()).isEqualTo("declined-1");
    }
}
