package com.recomengine.experiments.internal;

import org.jspecify.annotations.Nullable;

/**
 * A partial update: null fields stay as they are. Once an experiment has started only its name may change, since
 * any other change would mix two experiments in one set of results. {@code clearGuardrail} removes the guardrail.
 */
public record ExperimentChanges(
        @Nullable String name,
        @Nullable String placementId,
        @Nullable String controlStrategy,
        @Nullable String variantStrategy,
        @Nullable Integer trafficSplit,
        @Nullable Metric primaryMetric,
        @Nullable Metric guardrailMetric,
        boolean clearGuardrail,
        @Nullable Boolean variantRules) {

    boolean onlyName() {
        return placementId == null
                && controlStrategy == null
                && variantStrategy == null
                && trafficSplit == null
                && primaryMetric == null
                && guardrailMetric == null
                && !clearGuardrail
                && variantRules == null;
    }
}
