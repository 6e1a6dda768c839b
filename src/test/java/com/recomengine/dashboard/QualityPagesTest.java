package com.recomengine.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.recommendations.RecommendationModels;
import com.recomengine.shared.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class QualityPagesTest extends DashboardTest {

    @Autowired
    RecommendationModels models;

    private static final Pattern HIT_RATE =
            Pattern.compile("data-strategy=\"([a-z_ ]+)\">.*?data-hit-rate>([0-9.]+)", Pattern.DOTALL);

    @Test
    void evaluatesTheStrategiesOnTheTenantsOwnPurchasesAgainstThePopularityBaseline() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Tea shop");
        String secret = issueKey(ada, tenant, "secret", "read-write");
        send(secret, teaAndMugHistory());
        String path = "/dashboard/tenants/" + tenant + "/quality";
        assertThat(ada.get(path).body()).contains("No evaluation yet").contains("Run the evaluation");

        String page = ada.submit(path + "/run", Map.of()).body();

        assertThat(page)
                .contains("Evaluated on 580 purchases: 20 shoppers checked.")
                .doesNotContain("data-quality-note");
        Map<String, Double> hitRate = hitRates(page);
        assertThat(hitRate)
                .containsKeys(
                        "popularity baseline",
                        "collaborative",
                        "frequently_bought_together",
                        "content_based",
                        "trending",
                        "popular");
        assertThat(hitRate.get("popularity baseline")).isZero();
        assertThat(hitRate.get("collaborative")).isEqualTo(100.0);
        assertThat(hitRate.get("frequently_bought_together")).isEqualTo(100.0);
        assertThat(ada.get(path).body()).as("the latest report is kept").contains("data-strategy=\"collaborative\"");
        assertThat(barLengths(page))
                .as("one bar per strategy, the best the longest")
                .containsKeys("popularity baseline", "collaborative", "popular")
                .containsValue(100.0)
                .allSatisfy((strategy, length) -> assertThat(length).isBetween(0.0, 100.0));
    }

    /** The chart's bar lengths (percent of the longest) by strategy. */
    private static Map<String, Double> barLengths(String page) {
        Map<String, Double> lengths = new java.util.HashMap<>();
        var bar = java.util.regex.Pattern.compile(
                        "class=\"bar-row\" data-strategy=\"([a-z_ ]+)\">.*?<rect[^>]*width=\"([0-9.]+)\"",
                        java.util.regex.Pattern.DOTALL)
                .matcher(page);
        while (bar.find()) {
            lengths.put(bar.group(1), Double.parseDouble(bar.group(2)));
        }
        return lengths;
    }

    @Test
    void showsTheBlendAutoChoseAndTheHoldoutFiguresItWasChosenOn() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Tea shop");
        send(issueKey(ada, tenant, "secret", "read-write"), teaAndMugHistory());
        String path = "/dashboard/tenants/" + tenant + "/quality";
        assertThat(ada.get(path).body()).doesNotContain("data-auto-tuning");

        models.rebuild(TenantId.of(tenant));
        String page = ada.get(path).body();

        assertThat(page)
                .contains("Auto: the blend chosen for your shop")
                .contains("data-auto-blend")
                .contains("collaborative half-life")
                .contains("data-auto-holdout")
                .contains("data-strategy=\"auto\"")
                .contains("data-strategy=\"popular\"")
                .doesNotContain("data-auto-note");
    }

    @Test
    void saysInPlainWordsWhenThereIsTooLittleData() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "New shop");
        String secret = issueKey(ada, tenant, "secret", "read-write");
        Instant now = Instant.now();
        send(
                secret,
                List.of(
                        purchase("u1", "a", now.minus(Duration.ofDays(3)), "o1"),
                        purchase("u1", "b", now.minus(Duration.ofHours(1)), "o2"),
                        purchase("u2", "a", now.minus(Duration.ofHours(2)), "o3")));

        String page = ada.submit("/dashboard/tenants/" + tenant + "/quality/run", Map.of())
                .body();

        assertThat(page).contains("data-quality-note").contains("Only 1 shopper bought something new");
        assertThat(hitRates(page)).containsEntry("collaborative", 0.0);
    }

    @Test
    void aTenantWithoutPurchasesGetsANoteAndNoTable() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Empty shop");
        String page = ada.submit("/dashboard/tenants/" + tenant + "/quality/run", Map.of())
                .body();
        assertThat(page)
                .contains("are 0 purchases in the history, too few to evaluate")
                .doesNotContain("data-quality>");
    }

    @Test
    void anotherAdminCannotEvaluateTheTenant() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Shop");
        Browser bob = signedUp();
        assertThat(bob.get("/dashboard/tenants/" + tenant + "/quality").status())
                .isEqualTo(404);
        bob.get("/dashboard/tenants");
        assertThat(bob.post("/dashboard/tenants/" + tenant + "/quality/run", Map.of())
                        .status())
                .isEqualTo(404);
    }

    /**
     * Thirty shoppers buy tea and mug together; twenty buy the tea alone and come back for the mug in the last
     * days; twelve other products are each bought once by forty one-off shoppers, so that they, not the mug,
     * top the popularity list.
     */
    private static List<Map<String, Object>> teaAndMugHistory() {
        Instant now = Instant.now();
        List<Map<String, Object>> events = new ArrayList<>();
        for (int s = 0; s < 30; s++) {
            Instant at = now.minus(Duration.ofDays(15)).plus(Duration.ofMinutes(s));
            events.add(purchase("pair-" + s, "tea", at, "pair-order-" + s));
            events.add(purchase("pair-" + s, "mug", at, "pair-order-" + s));
        }
        for (int s = 0; s < 20; s++) {
            events.add(purchase(
                    "later-" + s, "tea", now.minus(Duration.ofDays(12)).plus(Duration.ofMinutes(s)), "t-" + s));
            events.add(purchase(
                    "later-" + s, "mug", now.minus(Duration.ofHours(20)).plus(Duration.ofMinutes(s)), "m-" + s));
        }
        for (int p = 0; p < 12; p++) {
            for (int s = 0; s < 40; s++) {
                events.add(purchase(
                        "once-" + p + "-" + s,
                        "gift-" + p,
                        now.minus(Duration.ofDays(14)).plus(Duration.ofMinutes(p * 40L + s)),
                        "g-" + p + "-" + s));
            }
        }
        return events;
    }

    private static Map<String, Object> purchase(String user, String product, Instant at, String order) {
        return Map.of(
                "eventType",
                "purchase",
                "userId",
                user,
                "productId",
                product,
                "timestamp",
                at.toString(),
                "metadata",
                Map.of("orderId", order, "revenue", 5));
    }

    private void send(String key, List<Map<String, Object>> events) {
        var sent = api.post("/api/v1/events/batch", Map.of("events", events))
                .key(key)
                .send();
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.body()).contains("\"accepted\":" + events.size());
    }

    private static Map<String, Double> hitRates(String page) {
        Map<String, Double> rates = new java.util.LinkedHashMap<>();
        Matcher row = HIT_RATE.matcher(page);
        while (row.find()) {
            rates.put(row.group(1), Double.parseDouble(row.group(2)));
        }
        return rates;
    }
}
