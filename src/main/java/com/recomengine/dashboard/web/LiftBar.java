package com.recomengine.dashboard.web;

import com.recomengine.experiments.ExperimentResults;
import org.jspecify.annotations.Nullable;

/**
 * A relative lift with its confidence interval drawn as a bar on an axis centred on zero (inline SVG,
 * {@value #WIDTH}×{@value #HEIGHT}): positions in pixels, the tone (better, worse, unclear) and the text a screen
 * reader says instead of the picture.
 */
public record LiftBar(
        double zero,
        double low,
        double high,
        double estimate,
        String tone,
        String label,
        String lowText,
        String highText) {

    public static final int WIDTH = 260;
    public static final int HEIGHT = 30;
    private static final double PAD = 10;

    public static @Nullable LiftBar of(ExperimentResults.@Nullable Lift lift, Format format) {
        if (lift == null || !Double.isFinite(lift.low()) || !Double.isFinite(lift.high())) {
            return null;
        }
        double reach = Math.max(0.02, Math.max(Math.abs(lift.low()), Math.abs(lift.high()))) * 1.15;
        String tone = lift.low() > 0 ? "better" : lift.high() < 0 ? "worse" : "unclear";
        String confidence = format.decimal(lift.confidence() * 100, 0) + " %";
        String label = "Lift " + format.signedPercent(lift.estimate(), 1) + ", " + confidence + " interval from "
                + format.signedPercent(lift.low(), 1) + " to " + format.signedPercent(lift.high(), 1);
        return new LiftBar(
                x(0, reach),
                x(lift.low(), reach),
                x(lift.high(), reach),
                x(lift.estimate(), reach),
                tone,
                label,
                format.signedPercent(lift.low(), 1),
                format.signedPercent(lift.high(), 1));
    }

    private static double x(double value, double reach) {
        double clamped = Math.max(-reach, Math.min(reach, value));
        return Math.round((PAD + (clamped + reach) / (2 * reach) * (WIDTH - 2 * PAD)) * 10) / 10.0;
    }
}
