package com.recomengine.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.recomengine.platform.RedisLink;
import com.recomengine.recommendations.GiftShop;
import com.recomengine.recommendations.RecommendationsHttpTest;
import com.recomengine.support.LocalRedisCluster;
import com.recomengine.support.TcpProxy;
import io.lettuce.core.RedisURI;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.sync.RedisAdvancedClusterCommands;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on a real three-master Redis Cluster ({@code RECOMENGINE_REDIS_URL=redis-cluster://…}, started
 * from the machine's redis-server for this class and stopped after it): dedup, the answer cache, rate limits and the
 * spool work, and what they keep is in the cluster, not in the in-process fallbacks. PostgreSQL is reached through a
 * proxy this test cuts for the spool.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RedisClusterTest extends RecommendationsHttpTest {

    static final LocalRedisCluster CLUSTER = new LocalRedisCluster().start();
    static final URI DATABASE = URI.create(System.getenv()
            .getOrDefault("RECOMENGINE_DB_URL", "jdbc:postgresql://127.0.0.1:5432/recomengine_test")
            .substring("jdbc:".length()));
    static final TcpProxy POSTGRES =
            new TcpProxy(DATABASE.getHost(), DATABASE.getPort() < 0 ? 5432 : DATABASE.getPort());
    static final RedisClusterClient CLIENT = RedisClusterClient.create(RedisURI.create(
            CLUSTER.url().replace("redis-cluster://", "redis://").split(",")[0]));
    static final StatefulRedisClusterConnection<String, String> CONNECTION = CLIENT.connect();

    @DynamicPropertySource
    static void onTheCluster(DynamicPropertyRegistry registry) {
        registry.add("recomengine.platform.redis.url", CLUSTER::url);
        registry.add(
                "recomengine.platform.db.url",
                () -> "jdbc:postgresql://127.0.0.1:" + POSTGRES.port() + DATABASE.getRawPath()
                        + (DATABASE.getRawQuery() == null ? "" : "?" + DATABASE.getRawQuery()));
    }

    @Autowired
    RedisLink redis;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void restore() {
        POSTGRES.restore();
    }

    @AfterAll
    static void stop() {
        CONNECTION.close();
        CLIENT.shutdown();
        POSTGRES.close();
        CLUSTER.close();
    }

    private static RedisAdvancedClusterCommands<String, String> cluster() {
        return CONNECTION.sync();
    }

    @Test
    void runsInClusterModeOnEveryMaster() {
        assertThat(redis.cluster()).isTrue();
        assertThat(cluster().clusterInfo()).contains("cluster_state:ok").contains("cluster_size:3");
        assertThat(redis.usable()).isTrue();
    }

    @Test
    void deduplicatesEventsWithTheTenantsClaimsInTheCluster() {
        Shop shop = openShop();
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> view =
                    event("view", "u-" + i, "p-" + i, Instant.now().minusSeconds(5));
            view.put("eventId", UUID.randomUUID().toString());
            events.add(view);
        }
        var first = batch(shop, events);
        assertThat(first.get("accepted").asInt()).isEqualTo(5);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> cluster().keys("dd:{" + shop.tenant() + "}:*").size() == 5);

        var again = batch(shop, events);
        assertThat(again.get("accepted").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).isEqualTo(5);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM events WHERE tenant_id = ?",
                        Long.class,
                        shop.tenant().value()))
                .isEqualTo(5);
    }

    @Test
    void servesACachedRecommendationKeptInTheCluster() {
        Shop shop = openShop();
        sendCatalog(shop, GiftShop.catalog());
        sendEvents(shop, GiftShop.history(Instant.now()));
        rebuild(shop);
        var first = recommend(shop, "userId=alice&limit=4");
        assertThat(cache(first)).isEqualTo("miss");
        await().atMost(Duration.ofSeconds(5))
                .until(() -> !cluster().keys("reco:{" + shop.tenant() + "}:*").isEmpty());
        var second = eventually(() -> recommend(shop, "userId=alice&limit=4"), a -> cache(a).equals("l1"));
        assertThat(ids(second)).isEqualTo(ids(first));
    }

    @Test
    void limitsAKeyWithItsBucketInTheCluster() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin, Map.of("name", "Small shop", "readsPerMinute", 3));
        String key = issueKey(admin, tenant, "secret", "read");
        for (int i = 0; i < 3; i++) {
            assertThat(api.get("/api/v1/key").key(key).send().status()).isEqualTo(200);
        }
        assertProblem(api.get("/api/v1/key").key(key).send(), 429);
        assertThat(cluster().keys("rl:*")).isNotEmpty();
    }

    @Test
    void spoolsEventsInTheClusterWhilePostgresIsCutAndStoresThemOnceItReturns() {
        Shop shop = openShop();
        // The key and the tenant's settings are checked against what was loaded before the outage.
        sendEvents(
                shop,
                List.of(event("view", "before-the-cut", "p-0", Instant.now().minusSeconds(5))));
        POSTGRES.cut();
        var spooled = api.post(
                        "/api/v1/events",
                        Map.of(
                                "eventType",
                                "view",
                                "userId",
                                "spooled-shopper",
                                "productId",
                                "p-1",
                                "timestamp",
                                Instant.now().toString()))
                .key(shop.writeKey())
                .send();
        assertThat(spooled.status()).as(spooled.body()).isEqualTo(202);
        assertThat(cluster().xlen("events:spool")).isPositive();

        POSTGRES.restore();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM events WHERE tenant_id = ? AND user_id = 'spooled-shopper'",
                                Long.class,
                                shop.tenant().value())
                        == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> cluster().xlen("events:spool") == 0);
    }

    private tools.jackson.databind.JsonNode batch(Shop shop, List<Map<String, Object>> events) {
        var response = api.post("/api/v1/events/batch", Map.of("events", events))
                .key(shop.writeKey())
                .send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
