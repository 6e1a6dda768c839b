package com.recomengine.recommendations;

/**
 * The recommendation engine as other modules (widgets, dashboard) and the HTTP API use it. Answers from the
 * L1/L2 cache when it can; never returns duplicates, unavailable products or the anchor product.
 */
public interface Recommendations {

    RecommendationResult recommend(RecommendationRequest request);
}
