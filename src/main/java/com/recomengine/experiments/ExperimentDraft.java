package com.recomengine.experiments;

import org.jspecify.annotations.Nullable;

/**
 * What an admin gives to create an experiment, in wire names: strategies as the recommendation module names them,
 * metrics {@code ctr}, {@code conversion_rate} or {@code revenue_per_user}, the control's share of traffic 1-99 %;
 * {@code variantRules} false answers the variant without the tenant's merchandising rules (the two arms may then
 * share a strategy: the experiment measures the rules).
 */
public record ExperimentDraft(
        String name,
        String placementId,
        String controlStrategy,
        String variantStrategy,
        int trafficSplit,
        String primaryMetric,
        @Nullable String guardrailMetric,
        boolean variantRules) {

    public static final String STRATEGY_PATTERN =
            "auto|collaborative|content_based|trending|frequently_bought_together|popular";
    public static final String METRIC_PATTERN = "ctr|conversion_rate|revenue_per_user";
    public static final String PLACEMENT_PATTERN = "[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}";
}
