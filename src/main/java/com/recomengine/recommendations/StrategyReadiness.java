package com.recomengine.recommendations;

import com.recomengine.events.InteractionCoverage;
import com.recomengine.shared.Verdict;
import java.util.List;

/**
 * Whether a tenant has the data a strategy needs to be worth serving, as the recommendations module judges it:
 * {@code have} of what the strategy learns from against the {@code need} from which it works. The integration-health
 * page shows these; the thresholds live here, beside the strategies they describe.
 */
public record StrategyReadiness(String strategy, Verdict verdict, long have, long need) {

    /** Shoppers who touched two or more products: what co-occurrence needs. */
    public static final long COLLABORATIVE_SHOPPERS = 20;
    /** Orders of two or more products: what baskets need. */
    public static final long BOUGHT_TOGETHER_ORDERS = 10;
    /** Products to compare. */
    public static final long CONTENT_PRODUCTS = 2;
    /** Views, clicks and purchases today. */
    public static final long TRENDING_EVENTS_TODAY = 10;
    /** Shoppers with any interaction. */
    public static final long POPULAR_SHOPPERS = 1;

    /**
     * Every strategy's readiness from the last 30 days' {@code coverage}, the live {@code products} and today's
     * {@code feedbackToday} (interactions other than impressions).
     */
    public static List<StrategyReadiness> of(InteractionCoverage coverage, long products, long feedbackToday) {
        return List.of(
                judge("collaborative", coverage.usersWithTwoProducts(), COLLABORATIVE_SHOPPERS),
                judge("frequently_bought_together", coverage.ordersWithTwoProducts(), BOUGHT_TOGETHER_ORDERS),
                judge("content_based", products, CONTENT_PRODUCTS),
                judge("trending", feedbackToday, TRENDING_EVENTS_TODAY),
                judge("popular", coverage.users(), POPULAR_SHOPPERS));
    }

    private static StrategyReadiness judge(String strategy, long have, long need) {
        return new StrategyReadiness(strategy, have >= need ? Verdict.OK : Verdict.WARN, have, need);
    }
}
