package com.recomengine.experiments.internal.stats;

import java.util.Optional;

/**
 * The relative lift (m_v − m_c) / m_c with a confidence interval by the delta method on the ratio of two
 * independent means (Kohavi, Tang, Xu: <i>Trustworthy Online Controlled Experiments</i>, 2020, §18; Deng, Knoblich,
 * Lu: <i>Applying the Delta Method in Metric Analytics</i>, KDD 2018):
 * Var(m_v / m_c) ≈ Var(m_v) / m_c² + m_v² Var(m_c) / m_c⁴, interval = lift ± z_{1−α/2} √Var.
 * The delta method rather than Fieller's interval because it always gives a finite, symmetric interval that
 * the dashboard can draw; the two converge as samples grow (at 10 000 users and 10 % conversion per arm their
 * bounds differ by about 0.4 points of lift, Fieller's lying slightly higher).
 */
public record RelativeLift(double estimate, double low, double high, double confidence) {

    /** Empty when the control mean is 0: a relative change from nothing is undefined. */
    public static Optional<RelativeLift> of(
            double controlMean,
            double controlVarianceOfMean,
            double variantMean,
            double variantVarianceOfMean,
            double confidence) {
        if (controlMean == 0 || !(confidence > 0 && confidence < 1)) {
            return Optional.empty();
        }
        double ratio = variantMean / controlMean;
        double c2 = controlMean * controlMean;
        double variance = variantVarianceOfMean / c2 + variantMean * variantMean * controlVarianceOfMean / (c2 * c2);
        double halfWidth = Distributions.normalQuantile(1 - (1 - confidence) / 2) * Math.sqrt(variance);
        return Optional.of(new RelativeLift(ratio - 1, ratio - 1 - halfWidth, ratio - 1 + halfWidth, confidence));
    }

    public static Optional<RelativeLift> of(Proportion control, Proportion variant, double confidence) {
        return of(control.rate(), control.varianceOfRate(), variant.rate(), variant.varianceOfRate(), confidence);
    }

    public static Optional<RelativeLift> of(Sample control, Sample variant, double confidence) {
        return of(control.mean(), control.varianceOfMean(), variant.mean(), variant.varianceOfMean(), confidence);
    }
}
