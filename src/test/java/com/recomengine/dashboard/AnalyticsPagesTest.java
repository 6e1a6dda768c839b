package com.recomengine.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalyticsPagesTest extends DashboardTest {

    /** A shop with two products and, a minute ago, three impressions, a recommendation click and a purchase. */
    private String shopWithActivity(Browser ada) {
        String tenant = createTenant(ada, "Analytics shop");
        String key = issueKey(ada, tenant, "secret", "read-write");
        api.post(
                        "/api/v1/catalog/products/batch",
                        Map.of(
                                "products",
                                List.of(
                                        Map.of(
                                                "productId",
                                                "mug",
                                                "name",
                                                "Blue mug",
                                                "price",
                                                12.5,
                                                "currency",
                                                "EUR"),
                                        Map.of("productId", "pot", "name", "Teapot", "price", 30, "currency", "EUR"))))
                .key(key)
                .send();
        String at = Instant.now().minusSeconds(60).toString();
        Map<String, Object> rec = Map.of("placementId", "home_top", "strategy", "trending", "recommendationId", "r-1");
        var sent = api.post(
                        "/api/v1/events/batch",
                        Map.of(
                                "events",
                                List.of(
                                        Map.of(
                                                "eventType",
                                                "impression",
                                                "userId",
                                                "u1",
                                                "productId",
                                                "mug",
                                                "timestamp",
                                                at,
                                                "metadata",
                                                rec),
                                        Map.of(
                                                "eventType",
                                                "impression",
                                                "userId",
                                                "u1",
                                                "productId",
                                                "pot",
                                                "timestamp",
                                                at,
                                                "metadata",
                                                rec),
                                        Map.of(
                                                "eventType",
                                                "impression",
                                                "userId",
                                                "u2",
                                                "productId",
                                                "mug",
                                                "timestamp",
                                                at,
                                                "metadata",
                                                rec),
                                        Map.of(
                                                "eventType",
                                                "recommendation_click",
                                                "userId",
                                                "u1",
                                                "productId",
                                                "mug",
                                                "timestamp",
                                                at,
                                                "metadata",
                                                rec),
                                        Map.of(
                                                "eventType",
                                                "view",
                                                "userId",
                                                "u1",
                                                "productId",
                                                "mug",
                                                "timestamp",
                                                at),
                                        Map.of(
                                                "eventType",
                                                "purchase",
                                                "userId",
                                                "u1",
                                                "productId",
                                                "mug",
                                                "timestamp",
                                                Instant.now().minusSeconds(30).toString(),
                                                "metadata",
                                                Map.of("orderId", "o-1", "revenue", 25, "currency", "EUR")))))
                .key(key)
                .send();
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.json().get("accepted").asInt()).as(sent.body()).isEqualTo(6);
        return tenant;
    }

    @Test
    void showsKpisTheSeriesTopProductsAndBreakdownsOfTheRange() {
        Browser ada = signedUp();
        String tenant = shopWithActivity(ada);
        String page = ada.get("/dashboard/tenants/" + tenant + "/analytics").body();
        assertThat(page)
                .contains("Impressions")
                .contains("<div class=\"value\">3</div>")
                .contains("<div class=\"value\">25.00</div>")
                .contains("Today is live")
                .contains("<path class=\"current\"")
                .contains("Blue mug")
                .contains("By placement")
                .contains("home_top")
                .contains("Trending");
        String clicks = ada.get("/dashboard/tenants/" + tenant + "/analytics?metric=clicks&granularity=week&top=clicks")
                .body();
        assertThat(clicks)
                .contains("Click-through rate")
                .contains("Clicks by week")
                .contains("value=\"clicks\" selected");
    }

    @Test
    void aBadRangeGetsItsMessageNextToTheDateField() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Shop");
        String base = "/dashboard/tenants/" + tenant + "/analytics";
        assertThat(ada.get(base + "?from=yesterday").body())
                .contains("id=\"from-error\"")
                .contains("Enter a date like");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(ada.get(base + "?from=" + today + "&to=" + today.minusDays(3))
                        .body())
                .contains("The first day must not be after the last.");
        assertThat(ada.get(base + "?from=" + today.minusDays(500) + "&to=" + today)
                        .body())
                .contains("id=\"to-error\"")
                .contains("At most 400 days");
    }

    @Test
    void exportsTheRangeAsCsv() {
        Browser ada = signedUp();
        String tenant = shopWithActivity(ada);
        var csv = ada.get("/dashboard/tenants/" + tenant + "/analytics/export.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("content-type")).startsWith("text/csv");
        assertThat(csv.header("content-disposition")).contains("attachment").contains(".csv");
        assertThat(csv.body().lines().findFirst().orElse("")).contains("impressions");
        assertThat(csv.body()).contains("home_top");
    }

    @Test
    void anotherAdminCannotReadTheAnalytics() {
        Browser ada = signedUp();
        String tenant = shopWithActivity(ada);
        Browser bob = signedUp();
        assertThat(bob.get("/dashboard/tenants/" + tenant + "/analytics").status())
                .isEqualTo(404);
        var csv = bob.get("/dashboard/tenants/" + tenant + "/analytics/export.csv");
        assertThat(csv.status()).isEqualTo(404);
        assertThat(csv.body()).doesNotContain("home_top");
    }
}
