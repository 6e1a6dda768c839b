package com.recomengine.analytics.internal;

import com.recomengine.analytics.SeriesMetric;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Rates and money from counts. CTR is clicks per impression; conversion rate is recommendation conversions per
 * click: the share of clicks that a purchase of the clicked product followed within the attribution window (each
 * click converts once, however many purchases it earned). Both are null when their denominator is 0, and never
 * above 1: a shop that reports clicks without their impressions, or a range whose first day converts clicks of the
 * day before, reads 100 %. Money is exact: cents as a two-decimal number.
 */
final class Rates {

    private Rates() {}

    static @Nullable Double ctr(Counts counts) {
        return ratio(counts.clicks(), counts.impressions());
    }

    static @Nullable Double conversionRate(Counts counts) {
        return ratio(counts.recommendationConversions(), counts.clicks());
    }

    static BigDecimal money(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    static @Nullable Number value(SeriesMetric metric, Counts counts, long users) {
        return switch (metric) {
            case IMPRESSIONS -> counts.impressions();
            case CLICKS -> counts.clicks();
            case CTR -> ctr(counts);
            case CONVERSIONS -> counts.conversions();
            case CONVERSION_RATE -> conversionRate(counts);
            case REVENUE -> money(counts.revenueCents());
            case RECOMMENDATION_CONVERSIONS -> counts.recommendationConversions();
            case RECOMMENDATION_REVENUE -> money(counts.recommendationRevenueCents());
            case USERS -> users;
        };
    }

    private static @Nullable Double ratio(long part, long whole) {
        return whole == 0 ? null : Math.min(1.0, (double) part / whole);
    }
}
