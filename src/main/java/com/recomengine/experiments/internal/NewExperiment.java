package com.recomengine.experiments.internal;

import org.jspecify.annotations.Nullable;

/** What an admin gives to create an experiment (already validated at the web edge). */
public record NewExperiment(
        String name,
        String placementId,
        String controlStrategy,
        String variantStrategy,
        int trafficSplit,
        Metric primaryMetric,
        @Nullable Metric guardrailMetric) {}
