package com.recomengine.experiments.internal.stats;

/**
 * A sample of per-user values given by its sufficient statistics: size, sum and sum of squares. That is all a
 * metrics source has to aggregate (one SQL pass), and all Welch's test needs.
 */
public record Sample(long n, double sum, double sumOfSquares) {

    public Sample {
        if (n < 0 || sumOfSquares < 0 || !Double.isFinite(sum) || !Double.isFinite(sumOfSquares)) {
            throw new IllegalArgumentException(
                    "invalid sample: n=" + n + ", sum=" + sum + ", sumOfSquares=" + sumOfSquares);
        }
    }

    /** The sample mean; 0 for an empty sample. */
    public double mean() {
        return n == 0 ? 0 : sum / n;
    }

    /** The unbiased sample variance (n − 1 in the denominator); 0 below two values. */
    public double variance() {
        if (n < 2) {
            return 0;
        }
        double mean = sum / n;
        // Rounding can push a near-zero variance below zero; a variance is never negative.
        return Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1));
    }

    /** The variance of the sample mean, s² / n. */
    public double varianceOfMean() {
        return n == 0 ? 0 : variance() / n;
    }
}
