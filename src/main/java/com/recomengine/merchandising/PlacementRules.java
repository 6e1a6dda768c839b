package com.recomengine.merchandising;

import com.recomengine.catalog.ProductSummary;
import java.util.List;
import java.util.Map;

/**
 * The rules in force for one placement and shopper. {@code exclude} and {@code require} are a filter the pipeline
 * applies while it gathers candidates ({@link #admits}), so that it can keep gathering until {@code limit} is
 * filled; the other actions reorder the gathered pool ({@link #arrange}).
 */
public interface PlacementRules {

    /** No rules: the strategy's list as it is. */
    PlacementRules NONE = new PlacementRules() {
        @Override
        public boolean isEmpty() {
            return true;
        }

        @Override
        public boolean admits(ProductSummary product) {
            return true;
        }

        @Override
        public int poolSize(int limit) {
            return limit;
        }

        @Override
        public List<String> pinnedProductIds() {
            return List.of();
        }

        @Override
        public List<Arranged> arrange(List<Candidate> pool, Map<String, ProductSummary> pinnable, int limit) {
            return pool.stream()
                    .limit(limit)
                    .map(c -> new Arranged(c.product().productId(), c.score(), List.of()))
                    .toList();
        }
    };

    boolean isEmpty();

    /** Whether an item passes every {@code exclude} and {@code require} rule. */
    boolean admits(ProductSummary product);

    /** How many candidates to gather for a list of {@code limit}: more when boosts or promotions may lift any. */
    int poolSize(int limit);

    /** The products pinned by a rule; the pipeline looks them up and passes the available ones to arrange. */
    List<String> pinnedProductIds();

    /**
     * The final list, at most {@code limit} long: the pool (best first, already filtered) rescored by boosts and
     * buries, promoted items in the first free slots, pinned items at their positions. {@code pinnable} holds the
     * pinned products that are available and not filtered out by the always-on filters (anchor, bought).
     */
    List<Arranged> arrange(List<Candidate> pool, Map<String, ProductSummary> pinnable, int limit);
}
