package com.recomengine.dashboard.web;

import com.recomengine.analytics.Analytics;
import com.recomengine.analytics.Breakdown;
import com.recomengine.analytics.DayRange;
import com.recomengine.analytics.Dimension;
import com.recomengine.analytics.Granularity;
import com.recomengine.analytics.Kpi;
import com.recomengine.analytics.Overview;
import com.recomengine.analytics.ProductMetric;
import com.recomengine.analytics.SeriesMetric;
import com.recomengine.analytics.TimeSeries;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.security.TenantAccess;
import com.recomengine.shared.security.TenantPermission;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Analytics of a date range: KPI tiles against the previous range, a time series drawn as server-side SVG (with
 * the previous range dashed), top products, breakdowns by placement, strategy and arm, and the CSV export.
 */
@Controller
@RequestMapping("/dashboard/tenants/{tenantId}/analytics")
@RequiredArgsConstructor
class AnalyticsPagesController {

    static final int MAX_DAYS = 400;
    /** The metrics the chart offers: every series metric but recommendation_conversions. */
    static final List<String> SERIES = Arrays.stream(SeriesMetric.values())
            .filter(m -> m != SeriesMetric.RECOMMENDATION_CONVERSIONS)
            .map(SeriesMetric::wireName)
            .toList();

    static final List<String> RANKINGS =
            List.of("revenue", "conversions", "clicks", "views", "impressions", "recommendation_revenue");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private final Analytics analytics;
    private final Format format;
    private final Clock clock = Clock.systemUTC();

    /**
     * A KPI as a tile shows it: the value, the previous range's, the change as text with its direction, what the
     * figure is (rates as their formula), and its daily trend over the range.
     */
    record Tile(
            String label,
            String value,
            String previous,
            String change,
            String direction,
            String definition,
            Sparkline trend) {}

    /** The range asked for, or the default one with the message of what was wrong. */
    record Range(DayRange days, Map<String, String> errors) {}

    @GetMapping
    @TenantAccess(TenantPermission.ANALYTICS_READ)
    String page(
            @PathVariable UUID tenantId,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "revenue") String metric,
            @RequestParam(defaultValue = "day") String granularity,
            @RequestParam(defaultValue = "revenue") String top,
            Model model) {
        TenantId tenant = new TenantId(tenantId);
        Range range = range(from, to);
        SeriesMetric series = SeriesMetric.fromWire(metric)
                .filter(m -> SERIES.contains(metric))
                .orElse(SeriesMetric.REVENUE);
        Granularity bucket = Granularity.fromWire(granularity).orElse(Granularity.DAY);
        ProductMetric ranking =
                ProductMetric.fromWire(top).filter(m -> RANKINGS.contains(top)).orElse(ProductMetric.REVENUE);
        DayRange days = range.days();

        Overview overview = analytics.overview(tenant, days);
        TimeSeries current = analytics.timeSeries(tenant, series, days, bucket);
        TimeSeries previous = analytics.timeSeries(tenant, series, days.previous(), bucket);
        Map<String, Breakdown> breakdowns = new LinkedHashMap<>();
        for (Dimension dimension : Dimension.values()) {
            breakdowns.put(dimension.wireName(), analytics.breakdown(tenant, dimension, days));
        }

        model.addAttribute("from", days.from());
        model.addAttribute("to", days.to());
        model.addAttribute("rangeErrors", range.errors());
        model.addAttribute("presets", presets());
        model.addAttribute("metric", series.wireName());
        model.addAttribute("granularity", bucket.wireName());
        model.addAttribute("top", ranking.wireName());
        model.addAttribute("seriesMetrics", SERIES);
        model.addAttribute("granularities", List.of("day", "week", "month"));
        model.addAttribute("rankings", RANKINGS);
        model.addAttribute("overview", overview);
        model.addAttribute("tiles", tiles(overview, tenant, days));
        model.addAttribute("series", current);
        model.addAttribute("chart", chart(current, previous, series, bucket));
        model.addAttribute(
                "chartLabel",
                format.metric(series.wireName()) + " by " + bucket.wireName() + ", " + format.date(days.from()) + " to "
                        + format.date(days.to()) + " (values in the table below)");
        model.addAttribute("topProducts", analytics.topProducts(tenant, ranking, days, 10));
        model.addAttribute("breakdowns", breakdowns);
        return "dashboard/analytics/page";
    }

    @GetMapping("/export.csv")
    @TenantAccess(TenantPermission.ANALYTICS_EXPORT)
    ResponseEntity<StreamingResponseBody> export(
            @PathVariable UUID tenantId,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to) {
        TenantId tenant = new TenantId(tenantId);
        DayRange days = range(from, to).days();
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"analytics-" + days.from() + "-" + days.to() + ".csv\"")
                .body(out -> analytics.exportCsv(tenant, days, out));
    }

    private String text(SeriesMetric metric, @Nullable Number value) {
        if (value == null) {
            return "—";
        }
        return switch (metric) {
            case CTR, CONVERSION_RATE -> format.percent(value.doubleValue(), 2);
            case REVENUE, RECOMMENDATION_REVENUE -> format.decimal(value.doubleValue(), 2);
            default -> format.number(Math.round(value.doubleValue()));
        };
    }

    private Range range(String from, String to) {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate last = day(to, today, "to", errors);
        LocalDate first = day(from, last.minusDays(29), "from", errors);
        if (errors.isEmpty() && first.isAfter(last)) {
            errors.put("from", "The first day must not be after the last.");
        } else if (errors.isEmpty() && new DayRange(first, last).days() > MAX_DAYS) {
            errors.put("to", "At most " + MAX_DAYS + " days at a time.");
        }
        return errors.isEmpty()
                ? new Range(new DayRange(first, last), errors)
                : new Range(new DayRange(today.minusDays(29), today), errors);
    }

    private static LocalDate day(String text, LocalDate fallback, String field, Map<String, String> errors) {
        if (text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "Enter a date like 2025-01-31.");
            return fallback;
        }
    }

    private Map<String, DayRange> presets() {
        LocalDate today = LocalDate.now(clock);
        Map<String, DayRange> presets = new LinkedHashMap<>();
        presets.put("Today", DayRange.of(today));
        presets.put("7 days", new DayRange(today.minusDays(6), today));
        presets.put("30 days", new DayRange(today.minusDays(29), today));
        presets.put("90 days", new DayRange(today.minusDays(89), today));
        return presets;
    }

    private List<Tile> tiles(Overview o, TenantId tenant, DayRange days) {
        TileMaker tile = (label, kpi, metric, definition) -> tile(label, kpi, metric, definition, tenant, days);
        return List.of(
                tile.of("Impressions", o.impressions(), SeriesMetric.IMPRESSIONS, "Products shown in widgets"),
                tile.of(
                        "Clicks",
                        o.clicks(),
                        SeriesMetric.CLICKS,
                        "Clicks on products (click and recommendation_click events)"),
                tile.of("Click-through rate", o.ctr(), SeriesMetric.CTR, "Clicks ÷ impressions"),
                tile.of("Conversions", o.conversions(), SeriesMetric.CONVERSIONS, "Purchases"),
                tile.of(
                        "Conversion rate",
                        o.conversionRate(),
                        SeriesMetric.CONVERSION_RATE,
                        "Recommended purchases ÷ clicks: the share of clicks a purchase of the clicked product "
                                + "followed"),
                tile.of("Revenue", o.revenue(), SeriesMetric.REVENUE, "Sum of the purchases' revenue"),
                tile.of(
                        "From recommendations",
                        o.recommendationRevenue(),
                        SeriesMetric.RECOMMENDATION_REVENUE,
                        "Revenue of the purchases a recommendation click earned"),
                tile.of(
                        "Recommended purchases",
                        o.recommendationConversions(),
                        SeriesMetric.RECOMMENDATION_CONVERSIONS,
                        "Recommendation clicks a purchase followed within the attribution window (each click once)"));
    }

    private interface TileMaker {
        Tile of(String label, Kpi kpi, SeriesMetric metric, String definition);
    }

    private Tile tile(String label, Kpi kpi, SeriesMetric metric, String definition, TenantId tenant, DayRange days) {
        Double change = kpi.change();
        String direction = change == null || Math.abs(change) < 0.0005 ? "flat" : change > 0 ? "up" : "down";
        String changeText = change == null ? "no earlier data" : format.signedPercent(change, 1) + " vs previous";
        Sparkline trend = days.days() < 2
                ? new Sparkline("")
                : Sparkline.of(analytics
                        .timeSeries(tenant, metric, days, Granularity.DAY)
                        .points());
        return new Tile(
                label,
                text(metric, kpi.value()),
                text(metric, kpi.previous()),
                changeText,
                direction,
                definition,
                trend);
    }

    private LineChart chart(TimeSeries current, TimeSeries previous, SeriesMetric metric, Granularity bucket) {
        List<LineChart.Point> now =
                current.points().stream().map(p -> point(p, bucket)).toList();
        List<LineChart.Point> before =
                previous.points().stream().map(p -> point(p, bucket)).toList();
        return LineChart.of(now, before, value -> text(metric, value));
    }

    private static LineChart.Point point(TimeSeries.Point p, Granularity bucket) {
        String label = bucket == Granularity.MONTH
                ? p.start().format(DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH))
                : p.start().format(SHORT);
        String longLabel = (bucket == Granularity.WEEK ? "Week of " : bucket == Granularity.MONTH ? "" : "")
                + (bucket == Granularity.MONTH
                        ? p.start().format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH))
                        : p.start().format(LONG));
        return new LineChart.Point(
                label, longLabel, p.value() == null ? null : p.value().doubleValue());
    }
}
