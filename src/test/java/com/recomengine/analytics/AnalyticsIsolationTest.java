package com.recomengine.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.support.Api;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Another admin's tenant is not found on any analytics endpoint, and one tenant's events never show in another's. */
class AnalyticsIsolationTest extends AnalyticsHttpTest {

    @Test
    void anotherAdminGetsNotFoundOnEveryAnalyticsEndpoint() {
        Shop owner = shop();
        Admin stranger = signUpAndLogIn();
        String base = owner.base();
        LocalDate yesterday = today().minusDays(1);
        List<Function<Api, Api.Request>> calls = List.of(
                a -> a.get(base + "/overview"),
                a -> a.get(base + "/timeseries?metric=clicks"),
                a -> a.get(base + "/top-products?metric=revenue"),
                a -> a.get(base + "/breakdown?by=placement"),
                a -> a.get(base + "/export.csv"),
                a -> a.post(base + "/recompute?from=" + yesterday + "&to=" + yesterday));
        for (var call : calls) {
            assertProblem(call.apply(api).bearer(stranger.accessToken()).send(), 404);
            assertThat(call.apply(api).send().status()).isEqualTo(401);
        }
        // Nothing was recomputed for the owner by the stranger's attempt.
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM analytics_daily_totals WHERE tenant_id = ?::uuid",
                        Long.class,
                        owner.tenantId()))
                .isZero();
    }

    @Test
    void aTenantSeesOnlyItsOwnEvents() {
        Shop first = shop();
        Shop second = shop();
        LocalDate yesterday = today().minusDays(1);
        Instant at =
                yesterday.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plusSeconds(600);
        send(
                first,
                List.of(
                        event("impression", "u-1", "p-1", at, Map.of("placementId", "home")),
                        event("recommendation_click", "u-1", "p-1", at.plusSeconds(1), Map.of("placementId", "home")),
                        event("purchase", "u-1", "p-1", at.plusSeconds(2), Map.of("revenue", 10)),
                        event(
                                "impression",
                                "u-1",
                                "p-1",
                                Instant.now().minusSeconds(3),
                                Map.of("placementId", "home"))));
        send(second, List.of(event("view", "u-9", "p-9", at, null)));
        recompute(first, yesterday, yesterday);
        recompute(second, yesterday, yesterday);
        String range = "from=" + yesterday + "&to=" + today();

        var mine = get(first, "/overview?" + range).json();
        assertThat(mine.get("impressions").get("value").asLong()).isEqualTo(2);
        assertThat(mine.get("recommendationRevenue").get("value").decimalValue())
                .isEqualByComparingTo("10");

        var theirs = get(second, "/overview?" + range).json();
        assertThat(theirs.get("impressions").get("value").asLong()).isZero();
        assertThat(theirs.get("revenue").get("value").decimalValue()).isEqualByComparingTo("0");
        assertThat(get(second, "/top-products?metric=revenue&" + range)
                        .json()
                        .get("data")
                        .size())
                .isZero();
        assertThat(get(second, "/top-products?metric=views&" + range)
                        .json()
                        .get("data")
                        .get(0)
                        .get("productId")
                        .asString())
                .isEqualTo("p-9");
        assertThat(get(second, "/breakdown?by=placement&" + range)
                        .json()
                        .get("data")
                        .toString())
                .doesNotContain("home");
        assertThat(get(second, "/timeseries?metric=impressions&" + range)
                        .json()
                        .get("points")
                        .toString())
                .doesNotContain("\"value\":1");
        assertThat(get(second, "/export.csv?" + range).body()).doesNotContain("home");
    }
}
