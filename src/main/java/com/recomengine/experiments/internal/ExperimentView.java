package com.recomengine.experiments.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An experiment as its admin sees it through the API. */
public record ExperimentView(
        UUID id,
        String name,
        String placementId,
        String controlStrategy,
        String variantStrategy,
        int trafficSplit,
        String primaryMetric,
        @Nullable String guardrailMetric,
        boolean variantRules,
        String status,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant startedAt,
        @Nullable Instant completedAt,
        @Nullable String promotedVariant,
        @Nullable Instant promotedAt) {

    static ExperimentView of(Experiment e) {
        return new ExperimentView(
                e.id(),
                e.name(),
                e.placementId(),
                e.controlStrategy(),
                e.variantStrategy(),
                e.trafficSplit(),
                e.primaryMetric().wireName(),
                e.guardrailMetric() == null ? null : e.guardrailMetric().wireName(),
                e.variantRules(),
                e.status().wireName(),
                e.createdAt(),
                e.updatedAt(),
                e.startedAt(),
                e.completedAt(),
                e.promotedVariant() == null ? null : e.promotedVariant().wireName(),
                e.promotedAt());
    }
}
