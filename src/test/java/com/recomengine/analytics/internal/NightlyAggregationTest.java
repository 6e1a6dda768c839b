package com.recomengine.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.recomengine.analytics.AnalyticsHttpTest;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The nightly job and the stale-day sweep, run by hand. */
class NightlyAggregationTest extends AnalyticsHttpTest {

    @Autowired
    NightlyAggregation nightly;

    @Test
    void aggregatesYesterdayForEveryTenantWithEventsAndTakesTheLock() {
        Shop shop = shop();
        LocalDate yesterday = today().minusDays(1);
        send(
                shop,
                LiveSeamTest.impressions(
                        yesterday.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(60), 3, "home"));
        assertThat(nightly.tenantsWithEvents(yesterday)).contains(UUID.fromString(shop.tenantId()));
        assertThat(nightly.tenantsWithEvents(yesterday.minusDays(5))).doesNotContain(UUID.fromString(shop.tenantId()));

        nightly.nightly();

        assertThat(jdbc.queryForObject(
                        "SELECT events FROM analytics_daily_totals WHERE tenant_id = ?::uuid AND day = ?",
                        Long.class,
                        shop.tenantId(),
                        Date.valueOf(yesterday)))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM shedlock WHERE name = 'analytics-nightly'", Long.class))
                .isEqualTo(1);
        assertThat(get(shop, "/overview?from=" + yesterday + "&to=" + yesterday)
                        .json()
                        .get("liveDays")
                        .size())
                .isZero();
    }

    @Test
    void lateEventsMarkTheirDayStaleAndTheSweepAggregatesItAgain() {
        Shop shop = shop();
        LocalDate day = today().minusDays(4);
        var noon = day.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(43_200);
        send(shop, LiveSeamTest.impressions(noon, 2, "home"));
        recompute(shop, day, day);
        assertThat(impressionsOn(shop, day)).isEqualTo(2);

        send(shop, LiveSeamTest.impressions(noon.plusSeconds(60), 5, "home"));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM analytics_stale_days WHERE tenant_id = ?::uuid AND day = ?",
                                Long.class,
                                shop.tenantId(),
                                Date.valueOf(day))
                        == 1);
        assertThat(impressionsOn(shop, day)).isEqualTo(2);

        // A sweep the scheduler runs at that moment holds the sweep's lock, and the call here is then skipped.
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    nightly.sweepStaleDays();
                    return impressionsOn(shop, day) == 7;
                });
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM analytics_stale_days WHERE tenant_id = ?::uuid",
                        Long.class,
                        shop.tenantId()))
                .isZero();
    }

    private long impressionsOn(Shop shop, LocalDate day) {
        return get(shop, "/overview?from=" + day + "&to=" + day)
                .json()
                .get("impressions")
                .get("value")
                .asLong();
    }
}
