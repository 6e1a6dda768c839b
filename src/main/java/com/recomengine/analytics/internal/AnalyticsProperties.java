package com.recomengine.analytics.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code recomengine.analytics.*}.
 *
 * @param attributionWindow how long before a purchase a recommendation click of the same user and product earns it
 * @param nightlyCron       when the nightly job aggregates yesterday (UTC)
 * @param catchUpDays       recent days the nightly job aggregates too when they have not been (a missed night)
 * @param staleSweep        how often days that received late events (a backfill, an import) are aggregated
 *                          again
 * @param liveRefresh       how old today's figures from the events table may get before they are re-read (the
 *                          stale ones keep serving meanwhile; the live counters are read on every request)
 * @param maxRangeDays      the longest range a read or recompute may ask for
 */
@ConfigurationProperties("recomengine.analytics")
record AnalyticsProperties(
        @DefaultValue("24h") Duration attributionWindow,
        @DefaultValue("0 0 2 * * *") String nightlyCron,
        @DefaultValue("3") int catchUpDays,
        @DefaultValue("1m") Duration staleSweep,
        @DefaultValue("10s") Duration liveRefresh,
        @DefaultValue("400") int maxRangeDays) {

    AnalyticsProperties {
        if (attributionWindow.isNegative() || attributionWindow.isZero()) {
            throw new IllegalArgumentException("recomengine.analytics.attribution-window must be positive");
        }
        if (catchUpDays < 1 || maxRangeDays < 1) {
            throw new IllegalArgumentException("recomengine.analytics.catch-up-days and max-range-days must be ≥ 1");
        }
        if (liveRefresh.isNegative() || liveRefresh.isZero()) {
            throw new IllegalArgumentException("recomengine.analytics.live-refresh must be positive");
        }
    }
}
