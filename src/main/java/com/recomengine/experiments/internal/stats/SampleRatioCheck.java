package com.recomengine.experiments.internal.stats;

import java.util.Optional;

/**
 * The sample-ratio-mismatch check: Pearson's chi-square goodness-of-fit of the users per arm against the planned
 * split, with one degree of freedom. A tiny p-value means the assignment or the tracking is broken, and then no
 * other number of the experiment can be trusted (Fabijan et al., <i>Diagnosing Sample Ratio Mismatch in Online
 * Controlled Experiments</i>, KDD 2019).
 */
public record SampleRatioCheck(
        double expectedControlShare, double observedControlShare, double chiSquare, double pValue) {

    /** Empty when no user was counted yet. */
    public static Optional<SampleRatioCheck> of(long controlUsers, long variantUsers, double expectedControlShare) {
        if (controlUsers < 0 || variantUsers < 0) {
            throw new IllegalArgumentException("user counts must not be negative");
        }
        if (!(expectedControlShare > 0 && expectedControlShare < 1)) {
            throw new IllegalArgumentException(
                    "expected control share must lie in (0, 1), was " + expectedControlShare);
        }
        long total = controlUsers + variantUsers;
        if (total == 0) {
            return Optional.empty();
        }
        double expectedControl = total * expectedControlShare;
        double expectedVariant = total - expectedControl;
        double chiSquare = square(controlUsers - expectedControl) / expectedControl
                + square(variantUsers - expectedVariant) / expectedVariant;
        return Optional.of(new SampleRatioCheck(
                expectedControlShare,
                (double) controlUsers / total,
                chiSquare,
                Distributions.chiSquareUpperTail(chiSquare, 1)));
    }

    public boolean mismatch(double threshold) {
        return pValue < threshold;
    }

    private static double square(double x) {
        return x * x;
    }
}
