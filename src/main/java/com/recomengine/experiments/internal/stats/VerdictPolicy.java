package com.recomengine.experiments.internal.stats;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns the numbers into a verdict, in this order: a sample-ratio mismatch overrides everything (the data cannot
 * be trusted); without a significant difference in the primary metric the test is inconclusive; a significant
 * difference names its winner, except that a variant which significantly harms the guardrail metric does not win.
 */
public record VerdictPolicy(double alpha, double srmThreshold) {

    public record Decision(Verdict verdict, String reason) {}

    public Decision decide(
            @Nullable SampleRatioCheck sampleRatio, MetricOutcome primary, @Nullable MetricOutcome guardrail) {
        if (sampleRatio != null && sampleRatio.mismatch(srmThreshold)) {
            return new Decision(
                    Verdict.SRM_WARNING,
                    String.format(
                            Locale.ROOT,
                            "Control got %.2f %% of users against a planned %.2f %% (chi-square p = %.3g < %s): assignment "
                                    + "or tracking is broken, so no result of this experiment can be trusted.",
                            100 * sampleRatio.observedControlShare(),
                            100 * sampleRatio.expectedControlShare(),
                            sampleRatio.pValue(),
                            srmThreshold));
        }
        Double p = primary.pValue();
        if (p == null) {
            return new Decision(Verdict.INCONCLUSIVE, "Not enough data to compare " + primary.metric() + " yet.");
        }
        if (p >= alpha || primary.difference() == 0) {
            return new Decision(
                    Verdict.INCONCLUSIVE,
                    String.format(
                            Locale.ROOT,
                            "No significant difference in %s (p = %.3g, needs < %s).",
                            primary.metric(),
                            p,
                            alpha));
        }
        if (primary.difference() < 0) {
            return new Decision(
                    Verdict.CONTROL_WINS,
                    String.format(
                            Locale.ROOT, "Control's %s is significantly higher (p = %.3g).", primary.metric(), p));
        }
        if (guardrail != null
                && guardrail.pValue() != null
                && guardrail.pValue() < alpha
                && guardrail.difference() < 0) {
            return new Decision(
                    Verdict.INCONCLUSIVE,
                    String.format(
                            Locale.ROOT,
                            "The variant raises %s (p = %.3g) but significantly lowers the guardrail %s (p = %.3g).",
                            primary.metric(),
                            p,
                            guardrail.metric(),
                            guardrail.pValue()));
        }
        return new Decision(
                Verdict.VARIANT_WINS,
                String.format(
                        Locale.ROOT, "The variant's %s is significantly higher (p = %.3g).", primary.metric(), p));
    }
}
