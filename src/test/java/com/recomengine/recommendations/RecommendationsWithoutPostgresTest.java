package com.recomengine.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.recomengine.support.Api;
import com.recomengine.support.TcpProxy;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * SPEC §8 "PostgreSQL down", serving side: PostgreSQL reached through a proxy the test cuts. Once the database
 * circuit is open, a recommendation no cache holds answers 200 from the models in memory within 100 ms (empty for
 * a tenant whose catalog is not in memory), and an admin write answers 503 within 100 ms; both recover when
 * PostgreSQL returns.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RecommendationsWithoutPostgresTest extends RecommendationsHttpTest {

    static final URI DATABASE = URI.create(System.getenv()
            .getOrDefault("RECOMENGINE_DB_URL", "jdbc:postgresql://127.0.0.1:5432/recomengine_test")
            .substring("jdbc:".length()));
    static final TcpProxy POSTGRES =
            new TcpProxy(DATABASE.getHost(), DATABASE.getPort() < 0 ? 5432 : DATABASE.getPort());
    static final Duration AT_ONCE = Duration.ofMillis(100);

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) {
        registry.add("recomengine.platform.db.url", () -> POSTGRES.jdbcUrl(DATABASE));
    }

    @AfterAll
    static void stop() {
        POSTGRES.close();
    }

    @Test
    void uncachedRecommendationsAnswerFromMemoryAndAdminCallsRefuseAtOnceWhilePostgresIsDown() {
        Shop shop = openShop();
        sendCatalog(shop, GiftShop.catalog());
        sendEvents(shop, GiftShop.history(Instant.now()));
        rebuild(shop);
        assertThat(ask(shop, "userId=u1&limit=5").status()).isEqualTo(200);
        assertThat(ask(shop, "userId=first-visit&limit=5").status()).isEqualTo(200);
        // a second shop nobody has asked yet: its catalog (availability, names, prices) is not in memory
        Shop unasked = openShop();
        sendCatalog(unasked, GiftShop.catalog());
        sendEvents(unasked, GiftShop.history(Instant.now()));
        rebuild(unasked);
        // its read key is verified once (a refused limit: the catalog is not read), as a shop's widget would have
        assertThat(ask(unasked, "userId=u1&limit=0").status()).isEqualTo(400);
        Shop neverSeen = openShop();

        POSTGRES.cut();
        try {
            await().dontCatchUncaughtExceptions()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> "DOWN"
                            .equals(api.get("/ready")
                                    .send()
                                    .json()
                                    .get("components")
                                    .get("postgres")
                                    .get("status")
                                    .asString()));

            List<Duration> took = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String query = "userId=never-asked-" + i + "&limit=5";
                Timed<Api.Response> answer = timed(() -> ask(shop, query));
                assertThat(answer.value().status()).as(answer.value().body()).isEqualTo(200);
                assertThat(answer.value().json().get("data").size())
                        .as(answer.value().body())
                        .isPositive();
                assertThat(answer.value().json().get("meta").get("cache").asString())
                        .isEqualTo("miss");
                took.add(answer.took());
            }
            assertThat(median(took)).as("uncached recommendations %s", took).isLessThan(AT_ONCE);

            List<Duration> unknown = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String query = "userId=u" + (i + 1) + "&limit=5";
                Timed<Api.Response> answer = timed(() -> ask(unasked, query));
                assertThat(answer.value().status()).as(answer.value().body()).isEqualTo(200);
                assertThat(answer.value().json().get("data").size())
                        .as(
                                "nothing is shown that the catalog in memory cannot vouch for: %s",
                                answer.value().body())
                        .isZero();
                unknown.add(answer.took());
            }
            assertThat(median(unknown))
                    .as("recommendations of a tenant whose catalog is not in memory %s", unknown)
                    .isLessThan(AT_ONCE);

            // a key this instance never verified cannot be checked: 503 at once, never a 500
            Timed<Api.Response> unverifiable = timed(() -> ask(neverSeen, "userId=u1&limit=5"));
            assertProblem(unverifiable.value(), 503);
            assertThat(unverifiable.took()).isLessThan(Duration.ofMillis(500));

            List<Duration> refused = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Timed<Api.Response> write = timed(() -> api.post("/api/v1/tenants", Map.of("name", "During"))
                        .bearer(shop.admin().accessToken())
                        .send());
                assertProblem(write.value(), 503);
                refused.add(write.took());
            }
            assertThat(median(refused)).as("admin writes %s", refused).isLessThan(AT_ONCE);
        } finally {
            POSTGRES.restore();
        }

        await().dontCatchUncaughtExceptions()
                .atMost(Duration.ofSeconds(30))
                .until(() -> "UP"
                        .equals(api.get("/ready").send().json().get("status").asString()));
        assertThat(api.post("/api/v1/tenants", Map.of("name", "After"))
                        .bearer(shop.admin().accessToken())
                        .send()
                        .status())
                .isEqualTo(201);
        Api.Response afterwards = ask(unasked, "userId=u1&limit=5");
        assertThat(afterwards.json().get("data").size()).as(afterwards.body()).isPositive();
    }

    private record Timed<T>(T value, Duration took) {}

    private static <T> Timed<T> timed(Supplier<T> call) {
        long started = System.nanoTime();
        T value = call.get();
        return new Timed<>(value, Duration.ofNanos(System.nanoTime() - started));
    }

    private static Duration median(List<Duration> durations) {
        return durations.stream().sorted().toList().get(durations.size() / 2);
    }
}
