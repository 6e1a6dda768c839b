package com.recomengine.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The export streams one RFC 4180 record per day and group, stored days and today alike, and defuses shopper-sent
 * metadata that a spreadsheet would run as a formula.
 */
class CsvExportTest extends AnalyticsHttpTest {

    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"Click\")";

    @Test
    void exportsEveryDayAndGroupWithEscapingAndTheFormulaGuard() {
        Shop shop = shop();
        LocalDate yesterday = today().minusDays(1);
        Instant noonYesterday =
                yesterday.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(43_200);
        List<Map<String, Object>> events = new ArrayList<>();
        events.add(event(
                "impression",
                "u-1",
                "p-1",
                noonYesterday,
                Map.of("placementId", FORMULA, "strategy", "+cmd", "variant", "@SUM(1)")));
        events.add(event(
                "impression",
                "u-2",
                "p-1",
                noonYesterday.plusSeconds(1),
                Map.of("placementId", "a,b \"c\"", "strategy", "-2+3")));
        events.add(event("purchase", "u-2", "p-1", noonYesterday.plusSeconds(2), Map.of("revenue", 12.5)));
        events.add(event("impression", "u-3", "p-2", Instant.now().minusSeconds(5), Map.of("placementId", "home")));
        send(shop, events);
        recompute(shop, yesterday, yesterday);

        var response = get(shop, "/export.csv?from=" + yesterday + "&to=" + today());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/csv");
        assertThat(response.header("content-disposition"))
                .isEqualTo("attachment; filename=\"analytics-" + yesterday + "-" + today() + ".csv\"");
        String body = response.body();
        assertThat(body).endsWith("\r\n");
        assertThat(body.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        List<String> lines = List.of(body.split("\r\n"));
        assertThat(lines)
                .containsExactly(
                        "date,placement_id,strategy,variant,impressions,clicks,ctr,conversions,conversion_rate,revenue,"
                                + "recommendation_conversions,recommendation_revenue,users",
                        yesterday + ",,,,0,0,,1,,12.50,0,0.00,1",
                        yesterday
                                + ",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",'+cmd,'@SUM(1),1,0,0.000000,"
                                + "0,,0.00,0,0.00,1",
                        yesterday + ",\"a,b \"\"c\"\"\",'-2+3,,1,0,0.000000,0,,0.00,0,0.00,1",
                        today() + ",home,,,1,0,0.000000,0,,0.00,0,0.00,1");
    }
}
