package com.recomengine.experiments;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The results of an experiment over {@code [from, to)}: per-arm totals, the comparison of every metric, the
 * sample-ratio check, the sample size still needed for the planned power, and the verdict. A statistic that cannot
 * be computed yet (no data, no variation) is null rather than a made-up number.
 */
public record ExperimentResults(
        UUID experimentId,
        String status,
        String primaryMetric,
        @Nullable String guardrailMetric,
        int trafficSplit,
        Instant from,
        Instant to,
        Arm control,
        Arm variant,
        Comparisons comparisons,
        SampleRatio sampleRatio,
        Power power,
        String verdict,
        String verdictReason) {

    /** One arm's totals and rates; a rate with an empty denominator is 0. */
    public record Arm(
            String strategy,
            long users,
            long impressions,
            long clicks,
            double ctr,
            long conversions,
            double conversionRate,
            double revenue,
            double revenuePerUser) {}

    public record Comparisons(Comparison ctr, Comparison conversionRate, Comparison revenuePerUser) {}

    /**
     * Variant against control on one metric. {@code test} is {@code two_proportion_z} (statistic z) or
     * {@code welch_t} (statistic t, with {@code degreesOfFreedom}); {@code significant} means p < α.
     */
    public record Comparison(
            String metric,
            String test,
            double control,
            double variant,
            double difference,
            @Nullable Lift relativeLift,
            @Nullable Double statistic,
            @Nullable Double degreesOfFreedom,
            @Nullable Double pValue,
            boolean significant) {}

    /** (variant − control) / control with its delta-method interval at {@code confidence}. */
    public record Lift(double estimate, double low, double high, double confidence) {}

    /** Users per arm against the planned split; {@code warning} when p < {@code threshold}. */
    public record SampleRatio(
            double expectedControlShare,
            @Nullable Double observedControlShare,
            @Nullable Double chiSquare,
            @Nullable Double pValue,
            double threshold,
            boolean warning) {}

    /**
     * Users both arms need together to detect a relative change of {@code minimumDetectableEffect} in the primary
     * metric from the control's observed {@code baseline}, with {@code power} at two-sided level {@code alpha}.
     * Null while the baseline (or its variance) is still 0.
     */
    public record Power(
            String metric,
            double alpha,
            double power,
            double minimumDetectableEffect,
            @Nullable Double baseline,
            long users,
            @Nullable Long usersNeeded,
            @Nullable Long usersStillNeeded) {}
}
