package com.recomengine.experiments;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An experiment as listed for its admin; {@code status} is {@code draft}, {@code running}, {@code paused} or {@code completed}. */
public record ExperimentSummary(
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
        @Nullable Instant startedAt,
        @Nullable Instant completedAt,
        @Nullable String promotedVariant) {}
