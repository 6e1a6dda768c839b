package com.recomengine.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bad query parameters answer 400 naming the parameter, and change nothing. */
class AnalyticsValidationTest extends AnalyticsHttpTest {

    @Test
    void rejectsBadRangesMetricsAndDimensionsNamingTheParameter() {
        Shop shop = shop();
        assertField(shop, "/overview?from=2025-02-01&to=2025-01-31", "from");
        assertField(shop, "/overview?from=2024-01-01&to=2025-12-31", "to");
        assertField(shop, "/overview?from=yesterday", "from");
        assertField(shop, "/overview?to=2025-13-01", "to");
        assertField(shop, "/timeseries?metric=bounce_rate", "metric");
        assertField(shop, "/timeseries", "metric");
        assertField(shop, "/timeseries?metric=clicks&granularity=hour", "granularity");
        assertField(shop, "/top-products?metric=ctr", "metric");
        assertField(shop, "/top-products?metric=revenue&limit=0", "limit");
        assertField(shop, "/top-products?metric=revenue&limit=101", "limit");
        assertField(shop, "/breakdown?by=country", "by");
        assertField(shop, "/breakdown", "by");
        assertField(shop, "/export.csv?from=2025-02-01&to=2025-01-01", "from");
    }

    @Test
    void acceptsTheLongestRangeAndDefaultsToTheLast30Days() {
        Shop shop = shop();
        var longest = get(shop, "/timeseries?metric=clicks&from=" + today().minusDays(399) + "&to=" + today());
        assertThat(longest.status()).as(longest.body()).isEqualTo(200);
        assertThat(longest.json().get("points").size()).isEqualTo(400);

        var defaults = get(shop, "/overview").json();
        assertThat(defaults.get("to").asString()).isEqualTo(today().toString());
        assertThat(defaults.get("from").asString())
                .isEqualTo(today().minusDays(29).toString());
        assertThat(defaults.get("previousTo").asString())
                .isEqualTo(today().minusDays(30).toString());
        assertThat(defaults.get("ctr").get("value").isNull()).isTrue();

        var weeks = get(shop, "/timeseries?metric=ctr&granularity=week&from=2026-01-01&to=2026-01-31")
                .json();
        assertThat(weeks.get("points").get(0).get("start").asString()).isEqualTo("2026-01-01");
        assertThat(weeks.get("points").get(1).get("start").asString()).isEqualTo("2026-01-05");
        assertThat(weeks.get("points").size()).isEqualTo(5);
    }

    @Test
    void refusesToRecomputeTodayOrDaysPastTheRetention() {
        Shop shop = shop();
        var today = api.post(shop.base() + "/recompute?from=" + today() + "&to=" + today())
                .bearer(shop.admin().accessToken())
                .send();
        assertProblem(today, 400);
        assertThat(fieldsOf(today)).containsExactly("to");

        var old = api.post(shop.base() + "/recompute?from=" + today().minusDays(91) + "&to=" + today().minusDays(80))
                .bearer(shop.admin().accessToken())
                .send();
        assertProblem(old, 400);
        assertThat(fieldsOf(old)).containsExactly("from");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM analytics_daily_totals WHERE tenant_id = ?::uuid",
                        Long.class,
                        shop.tenantId()))
                .isZero();
    }

    private void assertField(Shop shop, String query, String field) {
        var response = get(shop, query);
        assertProblem(response, 400);
        assertThat(fieldsOf(response)).as(query).containsExactly(field);
    }
}
