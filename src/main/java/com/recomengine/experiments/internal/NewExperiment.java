package com.recomengine.experiments.internal;

import org.jspecify.annotations.Nullable;

/**
 * What an admin gives to create an experiment (already validated at the web edge). The arms must differ: in
 * strategy, or in the variant being answered without merchandising rules ({@code variantRules} false).
 */
public record NewExperiment(
        String name,
        String placementId,
        String controlStrategy,
        String variantStrategy,
        int trafficSplit,
        Metric primaryMetric,
        @Nullable Metric guardrailMetric,
        boolean variantRules) {}
