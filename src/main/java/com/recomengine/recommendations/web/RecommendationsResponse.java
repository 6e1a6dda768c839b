package com.recomengine.recommendations.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The documented shape of a recommendation response (SPEC §4b); the engine writes these bytes itself. */
record RecommendationsResponse(List<Item> data, Meta meta) {

    record Item(
            String productId,
            String name,
            @Nullable String imageUrl,
            @Nullable String url,
            @Nullable BigDecimal price,
            @Nullable String currency,
            double score,
            String reason) {}

    record Meta(
            String recommendationId,
            String strategy,
            @Nullable String placementId,
            @Nullable UUID experimentId,
            @Nullable String variant,
            String cache) {}
}

/** The documented shape of {@code GET /api/v1/recommendations/page}. */
record PageResponse(Map<String, RecommendationsResponse> placements) {}
