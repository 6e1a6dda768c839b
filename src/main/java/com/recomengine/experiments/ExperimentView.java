package com.recomengine.experiments;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An experiment as its admin sees it, through the API and the dashboard; {@code status} is {@code draft}, {@code
 * running}, {@code paused} or {@code completed}.
 */
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
        @Nullable Instant promotedAt) {}
