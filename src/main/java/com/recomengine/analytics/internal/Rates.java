package com.recomengine.analytics.internal;

import com.recomengine.analytics.SeriesMetric;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Rates and money from counts. CTR is clicks per impression; conversion rate is conversions per click, the funnel
 * step after CTR (as ad dashboards define it). Both are null when their denominator is 0. Money is exact: cents as
 * a two-decimal number.
 */
final class Rates {

    private Rates() {}

    static @Nullable Double ctr(Counts counts) {
        return ratio(counts.clicks(), counts.impressions());
    }

    static @Nullable Double conversionRate(Counts counts) {
        return ratio(counts.conversions(), counts.clicks());
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
        return whole == 0 ? null : (double) part / whole;
    }
}
