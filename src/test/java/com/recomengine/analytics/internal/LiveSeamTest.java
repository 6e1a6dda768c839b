package com.recomengine.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.recomengine.analytics.AnalyticsHttpTest;
import com.recomengine.platform.RedisLink;
import com.recomengine.shared.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The seam between the daily table (earlier days) and the live sources (today): each side is shown to be read from
 * where it should, and the sum across the seam equals the events.
 */
class LiveSeamTest extends AnalyticsHttpTest {

    @Autowired
    LiveDays live;

    @Autowired
    RedisLink redis;

    @Test
    void earlierDaysComeFromTheDailyTableAndTodayFromTheLiveCounters() {
        Shop shop = shop();
        LocalDate yesterday = today().minusDays(1);
        send(
                shop,
                impressions(yesterday.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(3600), 7, "home"));
        send(shop, impressions(Instant.now().minusSeconds(30), 5, "home"));
        recompute(shop, yesterday, yesterday);
        String range = "/overview?from=" + yesterday + "&to=" + today();

        JsonNode both = get(shop, range).json();
        assertThat(both.get("impressions").get("value").asLong()).isEqualTo(12);
        assertThat(both.get("liveDays").toString()).isEqualTo("[\"" + today() + "\"]");

        // Yesterday is what the daily table says, not what the events say.
        jdbc.update(
                "UPDATE analytics_daily SET impressions = impressions + 1000 WHERE tenant_id = ?::uuid AND day = ?",
                shop.tenantId(),
                java.sql.Date.valueOf(yesterday));
        assertThat(get(shop, range).json().get("impressions").get("value").asLong())
                .isEqualTo(1012);
        recompute(shop, yesterday, yesterday);
        assertThat(get(shop, range).json().get("impressions").get("value").asLong())
                .isEqualTo(12);

        // Today moves with the counters at once, although the events-table snapshot of today was just taken.
        send(shop, impressions(Instant.now().minusSeconds(20), 4, "home"));
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(get(shop, range)
                                .json()
                                .get("impressions")
                                .get("value")
                                .asLong())
                        .isEqualTo(16));
        assertThat(counters(shop)).as("the counters carry today").isNotEmpty();
    }

    @Test
    void todayComesFromTheEventsTableWhenRedisHasNoCounters() {
        Shop shop = shop();
        send(shop, impressions(Instant.now().minusSeconds(60), 6, "pdp"));
        String today = "/overview?from=" + today() + "&to=" + today();
        assertThat(get(shop, today).json().get("impressions").get("value").asLong())
                .isEqualTo(6);

        // Redis loses the counters (flushed, restarted, or never there): the events table answers.
        dropCounters(shop);
        assertThat(get(shop, today).json().get("impressions").get("value").asLong())
                .isEqualTo(6);
        live.forget(new TenantId(java.util.UUID.fromString(shop.tenantId())));
        assertThat(get(shop, today).json().get("impressions").get("value").asLong())
                .isEqualTo(6);

        // Counters that restart from zero are behind the events table: they never pull today's figures down.
        send(shop, impressions(Instant.now().minusSeconds(10), 2, "pdp"));
        await().atMost(Duration.ofSeconds(5)).until(() -> !counters(shop).isEmpty());
        assertThat(get(shop, today).json().get("impressions").get("value").asLong())
                .isGreaterThanOrEqualTo(6);
        live.forget(new TenantId(java.util.UUID.fromString(shop.tenantId())));
        assertThat(get(shop, today).json().get("impressions").get("value").asLong())
                .isEqualTo(8);
    }

    @Test
    void aRecentDayTheNightlyJobHasNotAggregatedYetIsServedLive() {
        Shop shop = shop();
        LocalDate yesterday = today().minusDays(1);
        send(
                shop,
                impressions(yesterday.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(7200), 3, "cart"));
        String range = "/overview?from=" + yesterday + "&to=" + yesterday;

        JsonNode before = get(shop, range).json();
        assertThat(before.get("impressions").get("value").asLong()).isEqualTo(3);
        assertThat(before.get("liveDays").toString()).isEqualTo("[\"" + yesterday + "\"]");

        recompute(shop, yesterday, yesterday);
        JsonNode after = get(shop, range).json();
        assertThat(after.get("impressions").get("value").asLong()).isEqualTo(3);
        assertThat(after.get("liveDays").size()).isZero();
    }

    private Map<String, String> counters(Shop shop) {
        return redis.call(c -> c.hgetall(counterKey(shop)), Map::of);
    }

    private void dropCounters(Shop shop) {
        await().atMost(Duration.ofSeconds(5)).until(() -> !counters(shop).isEmpty());
        redis.call(c -> c.del(counterKey(shop)), () -> 0L);
    }

    private static String counterKey(Shop shop) {
        return "ctr:{" + shop.tenantId() + "}:" + today();
    }

    static List<Map<String, Object>> impressions(Instant at, int count, String placement) {
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(event(
                    "impression",
                    "u-" + i,
                    "p-" + i,
                    at.plusMillis(i),
                    Map.of("placementId", placement, "strategy", "popular")));
        }
        return events;
    }
}
