package com.recomengine.experiments.internal.stats;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The distribution functions the tests need, on Apache Commons Statistics: its survival functions are computed
 * directly (not as 1 − CDF), so a tail probability stays accurate far out (a p-value of 1e-12 must not round to 0
 * or to 1e-9). The reference values in DistributionsTest pin that precision.
 */
public final class Distributions {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private Distributions() {}

    /** P(Z ≤ z) for a standard normal Z. */
    public static double normalCdf(double z) {
        return STANDARD_NORMAL.cumulativeProbability(z);
    }

    /** P(Z > z), computed directly so that far tails keep their relative precision. */
    public static double normalUpperTail(double z) {
        return STANDARD_NORMAL.survivalProbability(z);
    }

    /** P(|Z| ≥ |z|): the two-sided p-value of a z statistic. */
    public static double normalTwoSided(double z) {
        return 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z));
    }

    /** The z with P(Z ≤ z) = p, for p strictly between 0 and 1. */
    public static double normalQuantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must lie strictly between 0 and 1, was " + p);
        }
        return p <= 0.5
                ? STANDARD_NORMAL.inverseCumulativeProbability(p)
                : -STANDARD_NORMAL.inverseCumulativeProbability(1 - p);
    }

    /** P(|T| ≥ |t|) for Student's t with {@code df} (real, positive) degrees of freedom. */
    public static double studentTwoSided(double t, double df) {
        return 2 * student(df).survivalProbability(Math.abs(t));
    }

    /** P(T ≤ t) for Student's t with {@code df} degrees of freedom. */
    public static double studentCdf(double t, double df) {
        return student(df).cumulativeProbability(t);
    }

    /** P(X ≥ x) for a chi-square X with {@code df} degrees of freedom. */
    public static double chiSquareUpperTail(double x, double df) {
        requirePositive(df);
        return x <= 0 ? 1 : ChiSquaredDistribution.of(df).survivalProbability(x);
    }

    private static TDistribution student(double df) {
        requirePositive(df);
        return TDistribution.of(df);
    }

    private static void requirePositive(double df) {
        if (!(df > 0) || Double.isInfinite(df)) {
            throw new IllegalArgumentException("degrees of freedom must be positive and finite, was " + df);
        }
    }
}
