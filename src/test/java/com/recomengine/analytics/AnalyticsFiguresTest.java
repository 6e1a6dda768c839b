package com.recomengine.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.analytics.ShopHistory.Happening;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The numbers the API shows equal a direct count over the events table (and, for recommendation revenue, an
 * attribution computed here in Java), for a random day range of a random shop history. The seed is in every
 * assertion message, so a failure can be replayed.
 */
class AnalyticsFiguresTest extends AnalyticsHttpTest {

    @Test
    void overviewTimeSeriesBreakdownAndTopProductsEqualADirectCountOverTheEvents() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Shop shop = shop();
        LocalDate first = today().minusDays(20);
        ShopHistory history =
                new ShopHistory(seed, first, today(), 150, Instant.now().minusSeconds(2));
        send(shop, history.events());
        recompute(shop, first, today().minusDays(1));

        LocalDate from = first.plusDays(random.nextInt(10));
        LocalDate to = from.plusDays(random.nextInt((int) (today().minusDays(1).toEpochDay() - from.toEpochDay()) + 1));
        String range = "?from=" + from + "&to=" + to;
        String why = "seed " + seed + ", range " + from + ".." + to;

        JsonNode overview = get(shop, "/overview" + range).json();
        Map<String, Long> counted = sqlCounts(shop, from, to);
        assertThat(overview.get("impressions").get("value").asLong()).as(why).isEqualTo(counted.get("impressions"));
        assertThat(overview.get("clicks").get("value").asLong()).as(why).isEqualTo(counted.get("clicks"));
        assertThat(overview.get("conversions").get("value").asLong()).as(why).isEqualTo(counted.get("conversions"));
        assertThat(overview.get("revenue").get("value").decimalValue())
                .as(why)
                .isEqualByComparingTo(BigDecimal.valueOf(counted.get("cents"), 2));
        // A rate is at most 100 %: a random history may hold more clicks than impressions in a range.
        assertThat(overview.get("ctr").get("value").asDouble())
                .as(why)
                .isEqualTo(Math.min(1.0, (double) counted.get("clicks") / counted.get("impressions")));
        Map<Happening, Happening> earned = history.attribution();
        long earnedCents = earned.keySet().stream()
                .filter(p -> inRange(p, from, to))
                .mapToLong(Happening::cents)
                .sum();
        // A click converts once a day, however many of that day's purchases it earned.
        long earnedCount = earned.entrySet().stream()
                .filter(e -> inRange(e.getKey(), from, to))
                .map(e -> List.of(e.getValue(), e.getKey().day()))
                .distinct()
                .count();
        assertThat(overview.get("conversionRate").get("value").asDouble())
                .as(why)
                .isEqualTo(Math.min(1.0, (double) earnedCount / counted.get("clicks")));
        assertThat(earnedCount).as("the history has attributed purchases").isPositive();
        assertThat(overview.get("recommendationConversions").get("value").asLong())
                .as(why)
                .isEqualTo(earnedCount);
        assertThat(overview.get("recommendationRevenue").get("value").decimalValue())
                .as(why)
                .isEqualByComparingTo(BigDecimal.valueOf(earnedCents, 2));

        LocalDate previousTo = from.minusDays(1);
        LocalDate previousFrom = from.minusDays(to.toEpochDay() - from.toEpochDay() + 1);
        assertThat(overview.get("previousFrom").asString()).isEqualTo(previousFrom.toString());
        Map<String, Long> before = sqlCounts(shop, previousFrom, previousTo);
        assertThat(overview.get("impressions").get("previous").asLong()).as(why).isEqualTo(before.get("impressions"));
        if (before.get("impressions") > 0) {
            assertThat(overview.get("impressions").get("change").asDouble())
                    .as(why)
                    .isEqualTo((double) (counted.get("impressions") - before.get("impressions"))
                            / before.get("impressions"));
        }

        // Every day of the history, today (live) included.
        JsonNode series = get(shop, "/timeseries?metric=clicks&from=" + first + "&to=" + today())
                .json();
        assertThat(series.get("points").size()).isEqualTo(21);
        for (JsonNode point : series.get("points")) {
            LocalDate day = LocalDate.parse(point.get("start").asString());
            assertThat(point.get("value").asLong())
                    .as(why + ", clicks of " + day)
                    .isEqualTo(sqlCounts(shop, day, day).get("clicks"));
        }
        JsonNode revenue = get(shop, "/timeseries?metric=recommendation_revenue&from=" + first + "&to=" + today())
                .json();
        for (JsonNode point : revenue.get("points")) {
            LocalDate day = LocalDate.parse(point.get("start").asString());
            long cents = earned.keySet().stream()
                    .filter(p -> p.day().equals(day))
                    .mapToLong(Happening::cents)
                    .sum();
            assertThat(point.get("value").decimalValue())
                    .as(why + ", recommendation revenue of " + day)
                    .isEqualByComparingTo(BigDecimal.valueOf(cents, 2));
        }

        JsonNode byPlacement =
                get(shop, "/breakdown?by=placement&" + range.substring(1)).json();
        Map<String, Long> impressionsByPlacement = new HashMap<>();
        jdbc.query(
                """
                SELECT coalesce(metadata ->> 'placementId', '-'), count(*) FROM events
                WHERE tenant_id = ?::uuid AND ts >= ? AND ts < ? AND event_type = 'impression' GROUP BY 1""",
                rs -> {
                    impressionsByPlacement.put(rs.getString(1), rs.getLong(2));
                },
                shop.tenantId(),
                start(from),
                start(to.plusDays(1)));
        Map<String, Long> earnedByPlacement = new HashMap<>();
        earned.forEach((purchase, click) -> {
            if (inRange(purchase, from, to)) {
                earnedByPlacement.merge(
                        click.placement() == null ? "-" : click.placement(), purchase.cents(), Long::sum);
            }
        });
        for (JsonNode row : byPlacement.get("data")) {
            String key = row.get("key").isNull() ? "-" : row.get("key").asString();
            assertThat(row.get("impressions").asLong())
                    .as(why + ", " + key)
                    .isEqualTo(impressionsByPlacement.getOrDefault(key, 0L));
            assertThat(row.get("recommendationRevenue").decimalValue())
                    .as(why + ", " + key)
                    .isEqualByComparingTo(BigDecimal.valueOf(earnedByPlacement.getOrDefault(key, 0L), 2));
        }

        JsonNode top = get(shop, "/top-products?metric=revenue&limit=5&" + range.substring(1))
                .json();
        List<Map<String, Object>> expected =
                jdbc.queryForList("""
                SELECT product_id, sum(round((metadata ->> 'revenue')::numeric * 100)) AS cents FROM events
                WHERE tenant_id = ?::uuid AND ts >= ? AND ts < ? AND event_type = 'purchase'
                GROUP BY product_id ORDER BY cents DESC, product_id COLLATE "C" LIMIT 5""", shop.tenantId(), start(from), start(to.plusDays(1)));
        assertThat(top.get("data").size()).as(why).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(top.get("data").get(i).get("productId").asString())
                    .as(why)
                    .isEqualTo(expected.get(i).get("product_id"));
            assertThat(top.get("data").get(i).get("revenue").decimalValue())
                    .as(why)
                    .isEqualByComparingTo(((BigDecimal) expected.get(i).get("cents")).movePointLeft(2));
        }
    }

    @Test
    void aRecomputeReplacesADayWithTheSameRows() {
        Shop shop = shop();
        LocalDate first = today().minusDays(3);
        ShopHistory history = new ShopHistory(42, first, today().minusDays(1), 200, Instant.now());
        send(shop, history.events());
        recompute(shop, first, today().minusDays(1));
        List<Map<String, Object>> once = stored(shop);

        var again = recompute(shop, first, today().minusDays(1)).json();
        assertThat(again.get("days").asInt()).isEqualTo(3);
        assertThat(again.get("events").asLong()).isEqualTo(history.happenings.size());
        assertThat(stored(shop)).isEqualTo(once).isNotEmpty();
    }

    private List<Map<String, Object>> stored(Shop shop) {
        return jdbc.queryForList("""
                SELECT d.*, t.events, t.users AS day_users, t.buyers FROM analytics_daily d
                JOIN analytics_daily_totals t USING (tenant_id, day)
                WHERE tenant_id = ?::uuid ORDER BY day, placement_id, strategy, variant""", shop.tenantId());
    }

    private Map<String, Long> sqlCounts(Shop shop, LocalDate from, LocalDate to) {
        return jdbc.queryForObject(
                """
                SELECT count(*) FILTER (WHERE event_type = 'impression') AS impressions,
                       count(*) FILTER (WHERE event_type IN ('click', 'recommendation_click')) AS clicks,
                       count(*) FILTER (WHERE event_type = 'purchase') AS conversions,
                       coalesce(sum(round((metadata ->> 'revenue')::numeric * 100))
                                FILTER (WHERE event_type = 'purchase'), 0) AS cents
                FROM events WHERE tenant_id = ?::uuid AND ts >= ? AND ts < ?""",
                (rs, i) -> Map.of(
                        "impressions",
                        rs.getLong(1),
                        "clicks",
                        rs.getLong(2),
                        "conversions",
                        rs.getLong(3),
                        "cents",
                        rs.getLong(4)),
                shop.tenantId(),
                start(from),
                start(to.plusDays(1)));
    }

    private static boolean inRange(Happening happening, LocalDate from, LocalDate to) {
        return !happening.day().isBefore(from) && !happening.day().isAfter(to);
    }

    private static Timestamp start(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
