package com.recomengine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.recomengine.support.Api;
import java.io.File;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * SPEC §8 "app killed mid-load": runs the application as a child process, loads it from several clients, kills it
 * with SIGKILL in the middle, and checks that every event acknowledged with a 2xx is in PostgreSQL, once.
 */
class CrashSafetyTests {

    static final String DB_URL =
            System.getenv().getOrDefault("RECOMENGINE_DB_URL", "jdbc:postgresql://127.0.0.1:5432/recomengine_test");
    // The test reads the rows as the owner; the application it starts connects as its own role.
    static final String DB_USER = System.getenv().getOrDefault("RECOMENGINE_DB_OWNER", "postgres");
    static final String DB_PASSWORD = System.getenv().getOrDefault("RECOMENGINE_DB_OWNER_PASSWORD", "");
    static final String APP_USER = System.getenv().getOrDefault("RECOMENGINE_DB_USER", "recomengine_app");
    static final String APP_PASSWORD = System.getenv().getOrDefault("RECOMENGINE_DB_PASSWORD", "");
    static final String REDIS_URL = System.getenv().getOrDefault("RECOMENGINE_REDIS_URL", "redis://127.0.0.1:6379/1");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process app;

    @AfterEach
    void killApp() {
        if (app != null) {
            app.destroyForcibly();
        }
    }

    @Test
    void keepsEveryAcknowledgedEventWhenTheServerIsKilledMidLoad() throws Exception {
        int port = PrivateRedis.freePort();
        app = start(port);
        String base = "http://127.0.0.1:" + port;
        Api api = new Api(port);
        String key = keyFor(api);

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger failures = new AtomicInteger();
        AtomicBoolean loading = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        for (int c = 0; c < 8; c++) {
            clients.submit(() -> {
                while (loading.get()) {
                    List<Map<String, Object>> events = batch(50);
                    try {
                        HttpResponse<String> response = http.send(
                                HttpRequest.newBuilder(java.net.URI.create(base + "/api/v1/events/batch"))
                                        .timeout(Duration.ofSeconds(5))
                                        .header("Content-Type", "application/json")
                                        .header("X-API-Key", key)
                                        .POST(HttpRequest.BodyPublishers.ofString(
                                                Api.JSON.writeValueAsString(Map.of("events", events))))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 200) {
                            JsonNode body = Api.JSON.readTree(response.body());
                            assertThat(body.get("rejected").asInt()).isZero();
                            events.forEach(e -> acknowledged.add((String) e.get("eventId")));
                        } else {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            });
        }
        try {
            await().dontCatchUncaughtExceptions()
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> acknowledged.size() >= 5_000);
        } catch (ConditionTimeoutException slowMachine) {
            // killed with what was acknowledged by then: at least 500 events are asserted below
        }
        app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        int failuresBeforeTheKill = failures.get();
        await("requests cut off by the kill")
                .dontCatchUncaughtExceptions()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> failures.get() > failuresBeforeTheKill);
        loading.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(acknowledged).as("events acknowledged before the kill").hasSizeGreaterThanOrEqualTo(500);
        assertThat(failures.get()).as("requests cut off by the kill").isPositive();
        Set<String> stored = storedEventIds(acknowledged);
        assertThat(stored)
                .as("acknowledged events found in PostgreSQL")
                .hasSameSizeAs(acknowledged)
                .containsAll(acknowledged);
    }

    private Process start(int port) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                        javaBin,
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "com.recomengine.RecomEngineApplication")
                .redirectErrorStream(true)
                .redirectOutput(new File("target/crash-safety-app.log"));
        Map<String, String> env = builder.environment();
        env.put("PORT", Integer.toString(port));
        env.put("RECOMENGINE_DB_URL", DB_URL);
        env.put("RECOMENGINE_DB_USER", APP_USER);
        env.put("RECOMENGINE_DB_PASSWORD", APP_PASSWORD);
        env.put("RECOMENGINE_DB_OWNER", DB_USER);
        env.put("RECOMENGINE_DB_OWNER_PASSWORD", DB_PASSWORD);
        env.put("RECOMENGINE_REDIS_URL", REDIS_URL);
        env.put("RECOMENGINE_DATA_DIR", "target/crash-safety-data");
        env.put("RECOMENGINE_JWT_SECRET", "crash-test-jwt-secret-that-is-long-enough-for-hs256");
        env.put("RECOMENGINE_API_KEY_HMAC_SECRET", "crash-test-api-key-hmac-secret");
        env.put("RECOMENGINE_INTERNAL_KEY", "crash-test-internal-key");
        // The load below needs a tenant limit past the platform's default ceiling, which only the operator raises.
        env.put("RECOMENGINE_APIKEYS_MAX_WRITES_PER_MINUTE", "1000000");
        Process process = builder.start();
        await("the application to start; see target/crash-safety-app.log")
                .dontCatchUncaughtExceptions()
                .atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofMillis(250))
                .ignoreExceptionsInstanceOf(java.io.IOException.class)
                .until(() -> {
                    assertThat(process.isAlive())
                            .as("the application exited; see target/crash-safety-app.log")
                            .isTrue();
                    return http.send(
                                            HttpRequest.newBuilder(
                                                            java.net.URI.create("http://127.0.0.1:" + port + "/health"))
                                                    .timeout(Duration.ofSeconds(5))
                                                    .build(),
                                            HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200;
                });
        return process;
    }

    private static String keyFor(Api api) {
        String email = "crash-" + UUID.randomUUID() + "@shop.test";
        api.post("/api/v1/auth/signup", Map.of("email", email, "password", "correct-horse-battery", "name", "C"))
                .send();
        String token = api.post("/api/v1/auth/login", Map.of("email", email, "password", "correct-horse-battery"))
                .send()
                .json()
                .get("accessToken")
                .asString();
        String tenant = api.post("/api/v1/tenants", Map.of("name", "Crash shop", "writesPerMinute", 1_000_000))
                .bearer(token)
                .send()
                .json()
                .get("id")
                .asString();
        return api.post(
                        "/api/v1/tenants/" + tenant + "/api-keys",
                        Map.of("name", "load", "type", "secret", "permissions", "read-write"))
                .bearer(token)
                .send()
                .json()
                .get("key")
                .asString();
    }

    private static List<Map<String, Object>> batch(int size) {
        List<Map<String, Object>> events = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("eventId", UUID.randomUUID().toString());
            event.put("eventType", "view");
            event.put("userId", "u" + (i % 97));
            event.put("productId", "p" + i);
            events.add(event);
        }
        return events;
    }

    private static Set<String> storedEventIds(Set<String> ids) throws Exception {
        Set<String> found = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD);
                PreparedStatement statement =
                        connection.prepareStatement("SELECT event_id FROM events WHERE event_id = ANY (?)")) {
            statement.setArray(1, connection.createArrayOf("text", ids.toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    assertThat(found.add(rs.getString(1)))
                            .as("stored once: " + rs.getString(1))
                            .isTrue();
                }
            }
        }
        return found;
    }
}
