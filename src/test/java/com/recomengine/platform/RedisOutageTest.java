package com.recomengine.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.recomengine.support.DisposableRedis;
import com.recomengine.support.HttpTest;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** SPEC §8: with Redis down the API still answers, limits fall back to local buckets, and it recovers by itself. */
class RedisOutageTest extends HttpTest {

    static final DisposableRedis REDIS = new DisposableRedis().start();

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("recomengine.platform.redis.url", REDIS::url);
    }

    @AfterAll
    static void stopRedis() {
        REDIS.stop();
    }

    @Test
    void apiKeepsAnsweringAndLimitingWhileRedisIsDownAndRecovers() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin, Map.of("name", "Outage shop", "readsPerMinute", 3));
        String key = issueKey(admin, tenant, "secret", "read");
        assertThat(api.get("/api/v1/key").key(key).send().status()).isEqualTo(200);
        assertThat(api.get("/ready").send().json().get("status").asString()).isEqualTo("UP");

        REDIS.stop();

        var ready = api.get("/ready").send();
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().get("status").asString()).isEqualTo("DEGRADED");
        assertThat(ready.json().get("components").get("redis").get("status").asString())
                .isEqualTo("DOWN");
        int ok = 0;
        int status = 200;
        while (status == 200 && ok < 10) {
            status = api.get("/api/v1/key").key(key).send().status();
            ok += status == 200 ? 1 : 0;
        }
        assertThat(ok).as("requests admitted by the local bucket").isBetween(1, 3);
        assertThat(status).isEqualTo(429);
        assertThat(api.get("/api/v1/tenants").bearer(admin.accessToken()).send().status())
                .isEqualTo(200);
        assertThat(logIn(admin.email()).accessToken()).isNotBlank();

        REDIS.start();
        assertThat(eventually(
                        () -> api.get("/ready").send().json().get("status").asString(), "UP"))
                .isEqualTo("UP");
    }

    private static String eventually(Supplier<String> probe, String expected) {
        return await("probe answering " + expected)
                .dontCatchUncaughtExceptions()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(probe::get, expected::equals);
    }
}
