package com.recomengine.experiments.internal.stats;

import java.util.Optional;

/**
 * Welch's unequal-variances t-test (Welch 1947): t = (m_v − m_c) / √(s_c²/n_c + s_v²/n_v) with the
 * Welch–Satterthwaite degrees of freedom ν = (s_c²/n_c + s_v²/n_v)² / ((s_c²/n_c)²/(n_c − 1) + (s_v²/n_v)²/(n_v − 1))
 * and a two-sided p-value from Student's t with that (real) ν.
 */
public record WelchTTest(double t, double degreesOfFreedom, double pValue) {

    /** Empty when a group has fewer than two values or neither group varies. */
    public static Optional<WelchTTest> of(Sample control, Sample variant) {
        if (control.n() < 2 || variant.n() < 2) {
            return Optional.empty();
        }
        double vc = control.varianceOfMean();
        double vv = variant.varianceOfMean();
        double se2 = vc + vv;
        if (!(se2 > 0)) {
            return Optional.empty();
        }
        double t = (variant.mean() - control.mean()) / Math.sqrt(se2);
        double df = se2 * se2 / (vc * vc / (control.n() - 1) + vv * vv / (variant.n() - 1));
        return Optional.of(new WelchTTest(t, df, Distributions.studentTwoSided(t, df)));
    }
}
