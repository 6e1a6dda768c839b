package com.recomengine.experiments.internal.stats;

import org.jspecify.annotations.Nullable;

/**
 * What the verdict needs of one metric's comparison: its name, the test's p-value (null when it could not be
 * computed) and the sign of variant minus control. Every metric here is "higher is better".
 */
public record MetricOutcome(String metric, @Nullable Double pValue, double difference) {}
