package com.recomengine.experiments.internal.stats;

import java.util.Optional;

/**
 * The two-sided two-proportion z-test with the pooled standard error:
 * z = (p_v − p_c) / √(p̄(1 − p̄)(1/n_c + 1/n_v)), p̄ = (x_c + x_v) / (n_c + n_v). Its p-value equals that of R's
 * {@code prop.test(correct = FALSE)} (whose chi-square is z²).
 */
public record TwoProportionZTest(double z, double pValue) {

    /** Empty when a group has no trials or the pooled rate is 0 or 1 (no variation, so nothing to test). */
    public static Optional<TwoProportionZTest> of(Proportion control, Proportion variant) {
        if (control.empty() || variant.empty()) {
            return Optional.empty();
        }
        double pooled = (double) (control.successes() + variant.successes()) / (control.trials() + variant.trials());
        double standardError = Math.sqrt(pooled * (1 - pooled) * (1.0 / control.trials() + 1.0 / variant.trials()));
        if (!(standardError > 0)) {
            return Optional.empty();
        }
        double z = (variant.rate() - control.rate()) / standardError;
        return Optional.of(new TwoProportionZTest(z, Distributions.normalTwoSided(z)));
    }
}
