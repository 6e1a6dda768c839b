package com.recomengine.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class HealthPagesTest extends DashboardTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNewTenantIsToldWhatIsMissing() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Shop");
        String page = ada.get("/dashboard/tenants/" + tenant + "/health").body();
        assertThat(page)
                .contains("Integration health")
                .contains("None active.")
                .contains("No products yet")
                .contains("No events today yet.")
                .contains("you have 0 in the last 30 days")
                .contains("check-warn")
                .contains("check-bad");
    }

    @Test
    void reportsKeysOriginsUnknownProductsAndBasketsOfARunningIntegration() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Shop");
        String secret = issueKey(ada, tenant, "secret", "read-write");
        issueKey(ada, tenant, "publishable", "");
        api.post(
                        "/api/v1/catalog/products/batch",
                        Map.of(
                                "products",
                                List.of(Map.of("productId", "a", "name", "A"), Map.of("productId", "b", "name", "B"))))
                .key(secret)
                .send();
        String now = Instant.now().toString();
        var sent = api.post(
                        "/api/v1/events/batch",
                        Map.of(
                                "events",
                                List.of(
                                        Map.of(
                                                "eventType",
                                                "purchase",
                                                "userId",
                                                "u1",
                                                "productId",
                                                "a",
                                                "timestamp",
                                                now,
                                                "metadata",
                                                Map.of("orderId", "o-1", "revenue", 5)),
                                        Map.of(
                                                "eventType",
                                                "purchase",
                                                "userId",
                                                "u1",
                                                "productId",
                                                "b",
                                                "timestamp",
                                                now,
                                                "metadata",
                                                Map.of("orderId", "o-1", "revenue", 7)),
                                        Map.of(
                                                "eventType",
                                                "view",
                                                "userId",
                                                "u2",
                                                "productId",
                                                "ghost-42",
                                                "timestamp",
                                                now))))
                .key(secret)
                .send();
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);

        String page = ada.get("/dashboard/tenants/" + tenant + "/health").body();
        assertThat(page)
                .contains("There is a publishable key but no allowed origin")
                .contains("2 live products")
                .contains("Needs orders with 2+ items (purchases sharing a metadata.orderId): you have 1")
                .contains("1 product ids of the last 7 days")
                .contains("<code>ghost-42</code>")
                .contains("No impressions today");
    }

    @Test
    void showsTodaysDuplicatesAndRejectedEventsWithTheirReasons() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Shop");
        String secret = issueKey(ada, tenant, "secret", "read-write");
        String path = "/dashboard/tenants/" + tenant + "/health";
        assertThat(ada.get(path).body()).contains("None today").doesNotContain("data-reason=");
        String now = Instant.now().toString();
        Map<String, Object> view = Map.of("eventType", "view", "userId", "u1", "productId", "a", "timestamp", now);
        var sent = api.post(
                        "/api/v1/events/batch",
                        Map.of(
                                "events",
                                List.of(
                                        view,
                                        view,
                                        view,
                                        Map.of("eventType", "teleport", "userId", "u1", "timestamp", now),
                                        Map.of(
                                                "eventType",
                                                "purchase",
                                                "userId",
                                                "u1",
                                                "productId",
                                                "a",
                                                "timestamp",
                                                "yesterday"))))
                .key(secret)
                .send();
        assertThat(sent.body()).contains("\"accepted\":1,\"duplicates\":2,\"rejected\":2");

        String page = await("the rejections on the health page")
                .dontCatchUncaughtExceptions()
                .atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> ada.get(path).body(), body -> body.contains("data-reason=\"timestamp:"));
        assertThat(page)
                .contains("Duplicates and rejected events today")
                .contains("<strong>2</strong> duplicates")
                .contains("<strong>2</strong> rejected")
                .containsPattern("data-reason=\"duplicate\">\\s*<td>duplicate</td>\\s*<td class=\"num\">2</td>")
                .containsPattern(
                        "data-reason=\"eventType: must be one of [^\"]+\">\\s*<td>[^<]+</td>\\s*<td class=\"num\">1</td>")
                .containsPattern("<code>teleport</code></td>\\s*<td>eventType: must be one of")
                .containsPattern("<code>purchase</code></td>\\s*<td>timestamp: must be an ISO-8601")
                .containsPattern("<code>view</code></td>\\s*<td>duplicate</td>");
        Browser bob = signedUp();
        String other = createTenant(bob, "Other shop");
        assertThat(bob.get("/dashboard/tenants/" + other + "/health").body())
                .as("another tenant sees none of them")
                .contains("None today")
                .doesNotContain("teleport");
    }

    @Test
    void buildsTheModelsOnDemand() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Shop");
        ada.get("/dashboard/tenants/" + tenant + "/health");
        var page = ada.submit("/dashboard/tenants/" + tenant + "/health/rebuild", Map.of());
        assertThat(page.body()).contains("Models built in");
    }

    @Test
    void showsTheErrorOfAParkedModelBuild() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Shop");
        jdbc.update("""
                INSERT INTO reco_state (tenant_id, attempts, failed_at, last_error, retry_at, parked_at)
                VALUES (?, 5, now(), 'catalog read timed out', now(), now())""", UUID.fromString(tenant));

        String page = ada.get("/dashboard/tenants/" + tenant + "/health").body();

        assertThat(page)
                .contains("Model builds")
                .contains("The last 5 builds failed")
                .contains("catalog read timed out");
    }

    @Test
    void anotherAdminCannotReadTheHealthOfTheTenant() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Shop");
        Browser bob = signedUp();
        assertThat(bob.get("/dashboard/tenants/" + tenant + "/health").status()).isEqualTo(404);
        bob.get("/dashboard/tenants");
        assertThat(bob.post("/dashboard/tenants/" + tenant + "/health/rebuild", Map.of())
                        .status())
                .isEqualTo(404);
    }
}
