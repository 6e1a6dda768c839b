package com.recomengine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.recomengine.support.Api;
import com.recomengine.support.DisposableRedis;
import com.recomengine.support.TcpProxy;
import io.lettuce.core.Consumer;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisClient;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.XReadArgs.StreamOffset;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * SPEC §8 "PostgreSQL down": the application reaches PostgreSQL through a proxy that the test cuts. Ingestion then
 * answers 202 and spools to a Redis Stream (a private redis-server, so no other test's drainer sees it); when the
 * proxy is restored every spooled event is stored exactly once.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PostgresOutageTests extends EventsHttpTest {

    static final String STREAM = "events:spool";
    static final URI DATABASE = URI.create(System.getenv()
            .getOrDefault("RECOMENGINE_DB_URL", "jdbc:postgresql://127.0.0.1:5432/recomengine_test")
            .substring("jdbc:".length()));
    static final TcpProxy POSTGRES =
            new TcpProxy(DATABASE.getHost(), DATABASE.getPort() < 0 ? 5432 : DATABASE.getPort());
    static final DisposableRedis REDIS = new DisposableRedis().start();
    static final RedisClient CLIENT = RedisClient.create(REDIS.url());
    static final StatefulRedisConnection<String, String> CONNECTION = CLIENT.connect();

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) {
        registry.add(
                "recomengine.platform.db.url",
                () -> "jdbc:postgresql://127.0.0.1:" + POSTGRES.port() + DATABASE.getRawPath()
                        + (DATABASE.getRawQuery() == null ? "" : "?" + DATABASE.getRawQuery()));
        registry.add("recomengine.platform.redis.url", REDIS::url);
        registry.add("recomengine.events.spool.claim-idle", () -> "2s");
    }

    @Autowired
    Interactions interactions;

    @AfterEach
    void restore() {
        POSTGRES.restore();
    }

    @AfterAll
    static void stop() {
        CONNECTION.close();
        CLIENT.shutdown();
        POSTGRES.close();
        REDIS.stop();
    }

    @Test
    void spoolsWhilePostgresIsDownAndStoresEverySpooledEventOnceWhenItReturns() {
        Shop shop = shop();
        String readKey = issueKey(shop.admin(), shop.tenant().value().toString(), "secret", "read");
        assertCounts(sendBatch(shop, views(5)), 5, 0, 0);
        assertThat(sendOne(shop, view("before", "p-0")).status()).isEqualTo(201);
        JsonAnswer cached = cachedRecommendation(readKey);

        POSTGRES.cut();

        List<Map<String, Object>> batch = new ArrayList<>(views(20));
        batch.add(impression("shopper-1", "home"));
        Api.Response spooled = sendBatch(shop, batch);
        assertSpooled(spooled, 21, 0);
        Map<String, Object> single = view("single", "p-9");
        Api.Response one = sendOne(shop, single);
        assertThat(one.status()).as(one.body()).isEqualTo(202);
        assertThat(one.json().get("status").asString()).isEqualTo("accepted");
        assertThat(one.json().get("spooled").asBoolean()).isTrue();
        assertSpooled(sendBatch(shop, batch), 21, 0);
        assertSpooled(
                api.post("/api/v1/events/batch", Map.of("events", batch))
                        .key(shop.key())
                        .header("Idempotency-Key", "outage-1")
                        .send(),
                21,
                0);
        assertThat(redis().xlen(STREAM)).as("one entry per spooled request").isEqualTo(4);

        var ready = api.get("/ready").send();
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().get("status").asString()).isEqualTo("DEGRADED");
        assertThat(ready.json().get("components").get("postgres").get("status").asString())
                .isEqualTo("DOWN");
        assertThat(ready.json()
                        .get("components")
                        .get("spool")
                        .get("details")
                        .get("entries")
                        .asLong())
                .isEqualTo(4);
        assertProblem(
                api.post("/api/v1/tenants", Map.of("name", "Opened during the outage"))
                        .bearer(shop.admin().accessToken())
                        .send(),
                503);
        Api.Response served = api.get(cached.query()).key(readKey).send();
        assertThat(served.status()).as(served.body()).isEqualTo(200);
        assertThat(served.json().get("items")).isEqualTo(cached.body().get("items"));

        POSTGRES.restore();

        eventually(
                () -> "UP".equals(api.get("/ready").send().json().get("status").asString())
                        && redis().xlen(STREAM) == 0
                        && redis().xpending(STREAM, "ingest").getCount() == 0,
                "drained (deleted, then acknowledged) and ready");
        Map<String, Long> copies = copiesByEventId(shop);
        assertThat(copies)
                .hasSize(5 + 1 + 21 + 1)
                .allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(1));
        batch.forEach(event -> assertThat(copies).containsKey((String) event.get("eventId")));
        assertThat(copies).containsKey((String) single.get("eventId"));
        eventually(
                () -> recorded.of(shop.tenant()).stream()
                                .mapToInt(InteractionsRecorded::count)
                                .sum()
                        == 28,
                "every stored event notified once (notifications of a tenant are coalesced for a quarter second)");
        eventually(
                () -> interactions.liveCounts(shop.tenant(), LocalDate.now(ZoneOffset.UTC)).stream()
                        .anyMatch(c -> c.placementId().equals("home") && c.impressions() == 1),
                "live counters");
        eventually(() -> sendBatch(shop, batch).json().get("duplicates").asInt() == 21, "retry answered duplicate");
        String metrics = api.get("/internal/metrics")
                .header("X-Internal-Key", "test-internal-key")
                .send()
                .body();
        assertThat(metric(metrics, "recomengine_events_spooled_total")).isGreaterThanOrEqualTo(21 + 1 + 21 + 21);
        assertThat(metric(metrics, "recomengine_events_drained_total")).isGreaterThanOrEqualTo(21 + 1 + 21 + 21);
    }

    @Test
    void takesOverEntriesLeftPendingByAConsumerThatDied() {
        Shop shop = shop();
        assertCounts(sendBatch(shop, views(1)), 1, 0, 0);
        POSTGRES.cut();
        List<Map<String, Object>> batch = views(10).stream()
                .map(e -> {
                    e.put("userId", "orphan-" + e.get("userId"));
                    return e;
                })
                .toList();
        assertSpooled(sendBatch(shop, batch), 10, 0);
        ensureGroup();
        var taken = redis().xreadgroup(
                        Consumer.from("ingest", "instance-that-died"),
                        XReadArgs.Builder.count(100),
                        StreamOffset.lastConsumed(STREAM));
        assertThat(taken).as("read by the consumer that then dies").isNotEmpty();

        POSTGRES.restore();

        eventually(() -> stored(shop) == 11, "the abandoned entries stored");
        eventually(
                () -> redis().xlen(STREAM) == 0
                        && redis().xpending(STREAM, "ingest").getCount() == 0,
                "stream emptied and nothing left pending (an entry is deleted, then acknowledged)");
        assertThat(copiesByEventId(shop).values()).allMatch(n -> n == 1);
    }

    private record JsonAnswer(String query, tools.jackson.databind.JsonNode body) {}

    /** A recommendation answered twice, so that the second time it came from the cache. */
    private JsonAnswer cachedRecommendation(String readKey) {
        String query = "/api/v1/recommendations?userId=u-1&limit=3";
        Api.Response first = api.get(query).key(readKey).send();
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        eventually(
                () -> "l1"
                        .equals(api.get(query)
                                .key(readKey)
                                .send()
                                .json()
                                .get("meta")
                                .get("cache")
                                .asString()),
                "a cached recommendation");
        return new JsonAnswer(query, first.json());
    }

    private static double metric(String scrape, String name) {
        return scrape.lines()
                .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElse(-1);
    }

    private Api.Response sendOne(Shop shop, Map<String, Object> event) {
        return api.post("/api/v1/events", event).key(shop.key()).send();
    }

    private static Map<String, Object> impression(String userId, String placementId) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", UUID.randomUUID().toString());
        event.put("eventType", "impression");
        event.put("userId", userId);
        event.put("timestamp", Instant.now().minusSeconds(5).toString());
        event.put("metadata", Map.of("placementId", placementId, "strategy", "trending"));
        return event;
    }

    private static void assertSpooled(Api.Response response, int accepted, int duplicates) {
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        assertThat(response.json().get("accepted").asInt()).isEqualTo(accepted);
        assertThat(response.json().get("duplicates").asInt()).isEqualTo(duplicates);
        assertThat(response.json().get("spooled").asBoolean()).isTrue();
    }

    private Map<String, Long> copiesByEventId(Shop shop) {
        Map<String, Long> copies = new HashMap<>();
        jdbc.query(
                "SELECT event_id, count(*) FROM events WHERE tenant_id = ? GROUP BY event_id",
                rs -> {
                    copies.put(rs.getString(1), rs.getLong(2));
                },
                shop.tenant().value());
        return copies;
    }

    private static RedisCommands<String, String> redis() {
        return CONNECTION.sync();
    }

    private static void ensureGroup() {
        try {
            redis().xgroupCreate(StreamOffset.from(STREAM, "0"), "ingest", XGroupCreateArgs.Builder.mkstream());
        } catch (RedisBusyException alreadyThere) {
            // made by the application's drainer
        }
    }

    /** A connection the proxy cut may still sit in a pool and fail its next use: that is "not yet", not an error. */
    private static boolean holds(BooleanSupplier condition) {
        try {
            return condition.getAsBoolean();
        } catch (DataAccessException e) {
            return false;
        }
    }

    private static void eventually(BooleanSupplier condition, String what) {
        await(what)
                .dontCatchUncaughtExceptions()
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> holds(condition));
    }
}
