package com.recomengine.analytics.web;

import com.recomengine.analytics.Analytics;
import com.recomengine.analytics.Breakdown;
import com.recomengine.analytics.DayRange;
import com.recomengine.analytics.Dimension;
import com.recomengine.analytics.Granularity;
import com.recomengine.analytics.Overview;
import com.recomengine.analytics.ProductMetric;
import com.recomengine.analytics.RecomputeReport;
import com.recomengine.analytics.SeriesMetric;
import com.recomengine.analytics.TimeSeries;
import com.recomengine.analytics.TopProducts;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.Problems;
import com.recomengine.shared.security.AdminRoute;
import com.recomengine.shared.security.Authenticated;
import com.recomengine.shared.security.TenantAccess;
import com.recomengine.shared.security.TenantPermission;
import com.recomengine.tenants.Tenants;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

// No class-level @Validated: Spring MVC's own method validation reports a bad query parameter as a failing field.
@RestController
@AdminRoute
@RequestMapping("/api/v1/tenants/{tenantId}/analytics")
@Tag(name = "Analytics", description = "KPIs, time series, top products, breakdowns and CSV export; days in UTC")
@RequiredArgsConstructor
class AnalyticsController {

    private final Analytics analytics;
    private final Tenants tenants;
    private final DayRanges ranges;

    @GetMapping("/overview")
    @TenantAccess(TenantPermission.ANALYTICS_READ)
    @DayRangeQuery
    @Operation(
            summary = "Impressions, clicks, CTR, conversions, conversion rate (per click), revenue and revenue "
                    + "from recommendations, each with its change against the previous range of equal length")
    Overview overview(
            @PathVariable UUID tenantId,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to) {
        return analytics.overview(owned(tenantId), ranges.read(from, to));
    }

    @GetMapping("/timeseries")
    @TenantAccess(TenantPermission.ANALYTICS_READ)
    @DayRangeQuery
    @Operation(
            summary = "One metric per day, ISO week or month: " + "impressions, clicks, ctr, conversions, "
                    + "conversion_rate, revenue, recommendation_conversions, recommendation_revenue, users")
    TimeSeries timeSeries(
            @PathVariable UUID tenantId,
            @Parameter(
                            schema =
                                    @Schema(
                                            allowableValues = {
                                                "impressions",
                                                "clicks",
                                                "ctr",
                                                "conversions",
                                                "conversion_rate",
                                                "revenue",
                                                "recommendation_conversions",
                                                "recommendation_revenue",
                                                "users"
                                            }))
                    @RequestParam(required = false)
                    @Nullable
                    String metric,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @Parameter(
                            schema =
                                    @Schema(
                                            allowableValues = {"day", "week", "month"},
                                            defaultValue = "day"))
                    @RequestParam(defaultValue = "day")
                    String granularity) {
        SeriesMetric chosen = SeriesMetric.fromWire(required("metric", metric))
                .orElseThrow(() -> Problems.invalid("metric", "must be one of " + SeriesMetric.WIRE_NAMES));
        Granularity bucket = Granularity.fromWire(granularity)
                .orElseThrow(() -> Problems.invalid("granularity", "must be one of " + Granularity.WIRE_NAMES));
        return analytics.timeSeries(owned(tenantId), chosen, ranges.read(from, to), bucket);
    }

    @GetMapping("/top-products")
    @TenantAccess(TenantPermission.ANALYTICS_READ)
    @DayRangeQuery
    @Operation(
            summary = "The products with the most of a metric: views, impressions, clicks, add_to_carts, "
                    + "conversions, revenue, recommendation_conversions, recommendation_revenue")
    TopProducts topProducts(
            @PathVariable UUID tenantId,
            @Parameter(
                            schema =
                                    @Schema(
                                            allowableValues = {
                                                "views",
                                                "impressions",
                                                "clicks",
                                                "add_to_carts",
                                                "conversions",
                                                "revenue",
                                                "recommendation_conversions",
                                                "recommendation_revenue"
                                            }))
                    @RequestParam(required = false)
                    @Nullable
                    String metric,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit) {
        ProductMetric chosen = ProductMetric.fromWire(required("metric", metric))
                .orElseThrow(() -> Problems.invalid("metric", "must be one of " + ProductMetric.WIRE_NAMES));
        return analytics.topProducts(owned(tenantId), chosen, ranges.read(from, to), limit);
    }

    @GetMapping("/breakdown")
    @TenantAccess(TenantPermission.ANALYTICS_READ)
    @DayRangeQuery
    @Operation(summary = "The range's figures per placement, strategy or experiment arm")
    Breakdown breakdown(
            @PathVariable UUID tenantId,
            @Parameter(schema = @Schema(allowableValues = {"placement", "strategy", "variant"}))
                    @RequestParam(required = false)
                    @Nullable
                    String by,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to) {
        Dimension dimension = Dimension.fromWire(required("by", by))
                .orElseThrow(() -> Problems.invalid("by", "must be one of " + Dimension.WIRE_NAMES));
        return analytics.breakdown(owned(tenantId), dimension, ranges.read(from, to));
    }

    @GetMapping(value = "/export.csv", produces = "text/csv")
    @TenantAccess(TenantPermission.ANALYTICS_EXPORT)
    @DayRangeQuery
    @Operation(summary = "CSV (RFC 4180) of every day × placement × strategy × arm of the range, streamed")
    ResponseEntity<StreamingResponseBody> export(
            @PathVariable UUID tenantId,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to) {
        TenantId tenant = owned(tenantId);
        DayRange range = ranges.read(from, to);
        StreamingResponseBody body = out -> analytics.exportCsv(tenant, range, out);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"analytics-" + range.from() + "-" + range.to() + ".csv\"")
                .body(body);
    }

    @PostMapping("/recompute")
    @TenantAccess(TenantPermission.ANALYTICS_RECOMPUTE)
    @Operation(
            summary = "Aggregate the days again from the events table (back-fill, repair); days within the "
                    + "tenant's retention and before today; answers when done")
    RecomputeReport recompute(
            @PathVariable UUID tenantId,
            @Parameter(description = "First day (UTC, yyyy-MM-dd)", schema = @Schema(type = "string", format = "date"))
                    @RequestParam(required = false)
                    @Nullable
                    String from,
            @Parameter(
                            description = "Last day, included; default yesterday",
                            schema = @Schema(type = "string", format = "date"))
                    @RequestParam(required = false)
                    @Nullable
                    String to) {
        TenantId tenant = owned(tenantId);
        return analytics.recompute(tenant, ranges.readRecompute(from, to));
    }

    private TenantId owned(UUID tenantId) {
        TenantId tenant = new TenantId(tenantId);
        tenants.requireOwned(Authenticated.admin().adminId(), tenant);
        return tenant;
    }

    private static String required(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw Problems.invalid(name, "is required");
        }
        return value;
    }
}
