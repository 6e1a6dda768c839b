package com.recomengine.experiments.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code recomengine.experiments.*}: how often each instance reloads the running experiments, and the statistical
 * plan of every experiment (two-sided level α, power and relative minimum detectable effect for the sample size,
 * the p-value below which a sample-ratio mismatch is flagged).
 */
@ConfigurationProperties("recomengine.experiments")
record ExperimentsProperties(
        @DefaultValue("500ms") Duration refreshInterval,
        @DefaultValue("0.05") double alpha,
        @DefaultValue("0.8") double power,
        @DefaultValue("0.05") double minimumDetectableEffect,
        @DefaultValue("0.001") double srmThreshold) {

    ExperimentsProperties {
        if (refreshInterval.isNegative()
                || refreshInterval.isZero()
                || refreshInterval.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalArgumentException("recomengine.experiments.refresh-interval must be in (0, 1s]");
        }
        requireProbability(alpha, "alpha");
        requireProbability(power, "power");
        requireProbability(srmThreshold, "srm-threshold");
        if (!(minimumDetectableEffect > 0)) {
            throw new IllegalArgumentException("recomengine.experiments.minimum-detectable-effect must be positive");
        }
    }

    private static void requireProbability(double value, String name) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException("recomengine.experiments." + name + " must lie in (0, 1)");
        }
    }
}
