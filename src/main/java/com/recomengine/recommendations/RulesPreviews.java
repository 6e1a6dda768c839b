package com.recomengine.recommendations;

/**
 * A placement's list for a shopper with and without the tenant's merchandising rules, side by side, for the
 * admin API's and the dashboard's rule preview. Neither answer is cached nor read from the cache.
 */
public interface RulesPreviews {

    /** Both lists; the request's {@code placementId} picks the strategy and the rules as for a live request. */
    RulesPreview preview(RecommendationRequest request);

    /** The two answers of a preview. */
    record RulesPreview(RecommendationResult withRules, RecommendationResult withoutRules) {}
}
