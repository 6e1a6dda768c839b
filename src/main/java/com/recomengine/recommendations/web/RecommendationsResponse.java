package com.recomengine.recommendations.web;

import com.recomengine.recommendations.RecommendedItem;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The documented shape of a recommendation response (SPEC §4b); the engine writes these bytes itself. */
record RecommendationsResponse(List<RecommendedItem> data, Meta meta) {

    record Meta(
            String recommendationId,
            String strategy,
            @Nullable String placementId,
            @Nullable UUID experimentId,
            @Nullable String variant,
            String cache,

            @Schema(description = "how many merchandising rules moved or placed an item of this list")
            int rulesApplied) {}
}

/** The documented shape of {@code GET /api/v1/recommendations/page}. */
record PageResponse(Map<String, RecommendationsResponse> placements) {}
