package com.recomengine.recommendations;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The items, best first, with what produced them: the strategy actually used (after fallbacks), the experiment
 * and variant when one applied, whether the answer came from a cache ({@code l1}, {@code l2}, {@code miss}) and how
 * many merchandising rules moved or placed its items.
 */
public record RecommendationResult(
        List<RecommendedItem> items,
        String recommendationId,
        String strategy,
        @Nullable String placementId,
        @Nullable UUID experimentId,
        @Nullable String variant,
        String cache,
        int rulesApplied) {}
