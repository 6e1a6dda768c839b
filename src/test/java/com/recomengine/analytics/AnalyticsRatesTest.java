package com.recomengine.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every rate of the overview is a rate: a recommendation click converts once however many purchases it earned, so
 * conversions per click stay at most 100 % — the history below (one click, 3,035 purchases) read 303,500 % when
 * purchases were counted instead — and every KPI carries its previous-period value.
 */
class AnalyticsRatesTest extends AnalyticsHttpTest {

    private static final int PURCHASES = 3_035;

    @Test
    void aClickThatEarnedThousandsOfPurchasesConvertsOnce() {
        Shop shop = shop();
        // The whole history on one UTC day: conversions are counted per day, so a click whose purchases straddle
        // midnight converts once on each side of it (in the first hour of a day, the history goes to yesterday noon).
        Instant recent = Instant.now().minusSeconds(PURCHASES + 600);
        Instant dayStart = today().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant clickAt = recent.isAfter(dayStart.plusSeconds(10)) ? recent : dayStart.minus(Duration.ofHours(12));
        Map<String, Object> tags = Map.of("placementId", "home", "strategy", "popular", "recommendationId", "r1");
        List<Map<String, Object>> events = new ArrayList<>();
        events.add(event("impression", "u1", "p1", clickAt.minusSeconds(5), tags));
        events.add(event("recommendation_click", "u1", "p1", clickAt, tags));
        for (int i = 1; i <= PURCHASES; i++) {
            events.add(event("purchase", "u1", "p1", clickAt.plusSeconds(i), Map.of("revenue", 1)));
        }
        send(shop, events);

        JsonNode overview = get(shop, "/overview?from=" + today().minusDays(1) + "&to=" + today())
                .json();

        assertThat(overview.get("conversions").get("value").asLong()).isEqualTo(PURCHASES);
        assertThat(overview.get("recommendationConversions").get("value").asLong())
                .isEqualTo(1);
        assertThat(overview.get("recommendationRevenue").get("value").decimalValue())
                .isEqualByComparingTo(BigDecimal.valueOf(PURCHASES));
        assertThat(overview.get("conversionRate").get("value").asDouble()).isEqualTo(1.0);
        assertThat(overview.get("ctr").get("value").asDouble()).isEqualTo(1.0);
        for (String kpi : List.of("impressions", "clicks", "ctr", "conversions", "conversionRate", "revenue")) {
            assertThat(overview.get(kpi).has("previous")).as(kpi).isTrue();
        }
    }

    @Test
    void clicksWithoutTheirImpressionsReadAHundredPercentAtMost() {
        Shop shop = shop();
        Instant at = Instant.now().minusSeconds(120);
        Map<String, Object> tags = Map.of("placementId", "home", "strategy", "popular");
        List<Map<String, Object>> events = new ArrayList<>();
        events.add(event("impression", "u1", "p1", at, tags));
        for (int i = 0; i < 5; i++) {
            events.add(event("recommendation_click", "u" + i, "p1", at.plusSeconds(i), tags));
        }
        send(shop, events);

        JsonNode overview = get(shop, "/overview?from=" + today().minusDays(1) + "&to=" + today())
                .json();

        assertThat(overview.get("clicks").get("value").asLong()).isEqualTo(5);
        assertThat(overview.get("ctr").get("value").asDouble()).isEqualTo(1.0);
    }
}
