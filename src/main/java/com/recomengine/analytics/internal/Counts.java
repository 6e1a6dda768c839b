package com.recomengine.analytics.internal;

/**
 * The additive figures of a slice of events (a group, a day, a range): they sum across days and groups, and every
 * rate is computed from the sums.
 */
record Counts(
        long impressions,
        long clicks,
        long conversions,
        long revenueCents,
        long recommendationConversions,
        long recommendationRevenueCents) {

    static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);

    Counts plus(Counts other) {
        return new Counts(
                impressions + other.impressions,
                clicks + other.clicks,
                conversions + other.conversions,
                revenueCents + other.revenueCents,
                recommendationConversions + other.recommendationConversions,
                recommendationRevenueCents + other.recommendationRevenueCents);
    }
}
