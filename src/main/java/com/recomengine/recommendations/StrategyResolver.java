package com.recomengine.recommendations;

/**
 * Picks the strategy that answers a request. The default (in this module) asks, in order: the request's explicit
 * {@code strategy}, the experiment running on the placement (bucketed by {@code assignmentId} when given, else by
 * {@code userId}), the strategy promoted from a completed experiment, the placement's configuration ({@link
 * PlacementStrategies}), and last the tenant's default strategy. Declare a {@code @Primary} bean to replace it.
 */
public interface StrategyResolver {

    ResolvedStrategy resolve(RecommendationRequest request);
}
