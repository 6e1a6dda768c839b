package com.recomengine.experiments.internal.stats;

import java.util.OptionalDouble;

/**
 * How many units (users, or impressions for a click-through rate) both arms together need so that a two-sided test
 * at level α detects a relative change of {@code relativeMde} from the baseline with the given power, when a share
 * {@code s} of the units goes to control. Normal approximation, no continuity correction:
 * <ul>
 * <li>rates (Fleiss' formula, as R's {@code power.prop.test}, generalised to unequal arms):
 * N = (z_{1−α/2} √(p̄q̄(1/s + 1/(1−s))) + z_{power} √(p₁q₁/s + p₂q₂/(1−s)))² / (p₂ − p₁)²,
 * p₂ = p₁(1 + mde), p̄ = s p₁ + (1 − s) p₂;</li>
 * <li>means: N = (z_{1−α/2} + z_{power})² σ² (1/s + 1/(1−s)) / (mde · μ)².</li>
 * </ul>
 * With s = ½ each arm gets N/2, which is the textbook per-group n.
 */
public final class SampleSize {

    private SampleSize() {}

    /** Empty when the baseline is 0 or the shifted rate would reach 1. */
    public static OptionalDouble forRate(
            double baseline, double relativeMde, double controlShare, double alpha, double power) {
        check(relativeMde, controlShare, alpha, power);
        double p1 = baseline;
        double p2 = baseline * (1 + relativeMde);
        if (!(p1 > 0 && p1 < 1 && p2 > 0 && p2 < 1)) {
            return OptionalDouble.empty();
        }
        double s = controlShare;
        double pooled = s * p1 + (1 - s) * p2;
        double underNull = Math.sqrt(pooled * (1 - pooled) * (1 / s + 1 / (1 - s)));
        double underAlternative = Math.sqrt(p1 * (1 - p1) / s + p2 * (1 - p2) / (1 - s));
        double numerator = zAlpha(alpha) * underNull + zPower(power) * underAlternative;
        return OptionalDouble.of(numerator * numerator / ((p2 - p1) * (p2 - p1)));
    }

    /** Empty when the baseline mean is 0 or there is no variance to plan with. */
    public static OptionalDouble forMean(
            double baselineMean, double variance, double relativeMde, double controlShare, double alpha, double power) {
        check(relativeMde, controlShare, alpha, power);
        double delta = relativeMde * baselineMean;
        if (delta == 0 || !(variance > 0)) {
            return OptionalDouble.empty();
        }
        double z = zAlpha(alpha) + zPower(power);
        return OptionalDouble.of(z * z * variance * (1 / controlShare + 1 / (1 - controlShare)) / (delta * delta));
    }

    private static double zAlpha(double alpha) {
        return Distributions.normalQuantile(1 - alpha / 2);
    }

    private static double zPower(double power) {
        return Distributions.normalQuantile(power);
    }

    private static void check(double relativeMde, double controlShare, double alpha, double power) {
        if (!(relativeMde > 0)
                || !(controlShare > 0 && controlShare < 1)
                || !(alpha > 0 && alpha < 1)
                || !(power > 0 && power < 1)) {
            throw new IllegalArgumentException("need mde > 0 and share, alpha, power in (0, 1)");
        }
    }
}
