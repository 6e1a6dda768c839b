package com.recomengine.analytics;

import com.recomengine.shared.TenantId;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A tenant's analytics as the HTTP API and the dashboard read them. Days before today come from the daily
 * aggregates; today, and a recent day the nightly job has not aggregated yet, from the live counters and the
 * events table. Callers check that the admin owns the tenant first.
 */
public interface Analytics {

    Overview overview(TenantId tenant, DayRange range);

    TimeSeries timeSeries(TenantId tenant, SeriesMetric metric, DayRange range, Granularity granularity);

    TopProducts topProducts(TenantId tenant, ProductMetric metric, DayRange range, int limit);

    Breakdown breakdown(TenantId tenant, Dimension dimension, DayRange range);

    /**
     * Writes one CSV row per day, placement, strategy and arm (RFC 4180, with a guard against spreadsheet formula
     * injection) to {@code out} as it reads them, never holding the whole range.
     */
    void exportCsv(TenantId tenant, DayRange range, OutputStream out) throws IOException;

    /**
     * Aggregates each day of the range again from the events table, replacing what was there. Days must lie within
     * the tenant's retention (older events are gone, so their aggregates are kept) and before today.
     */
    RecomputeReport recompute(TenantId tenant, DayRange range);
}
