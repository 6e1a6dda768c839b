package com.recomengine.recommendations.internal;

import com.recomengine.recommendations.Rotation;
import com.recomengine.shared.TenantId;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What an answer depends on, once the strategy is resolved: the cache key of L1 (and, spelled out, of L2). The
 * experiment only picks the strategy, so it is not part of it; the placement is (its merchandising rules, diversity
 * and rotation shape the list), as is whether the rules apply at all ({@code rules} false for an experiment variant
 * run without them), as are the placement's diversity cap ({@code maxPerCategory}, 0 for none) and rotation (none
 * when null; it needs a user, whose impressions it demotes); prices are normalised so that {@code 5} and
 * {@code 5.00} share an entry.
 */
record Query(
        TenantId tenant,
        @Nullable String userId,
        @Nullable String productId,
        Strategy strategy,
        int limit,
        @Nullable String category,
        @Nullable BigDecimal minPrice,
        @Nullable BigDecimal maxPrice,
        @Nullable String placementId,
        boolean rules,
        int maxPerCategory,
        @Nullable Rotation rotation) {

    Query {
        minPrice = minPrice == null ? null : minPrice.stripTrailingZeros();
        maxPrice = maxPrice == null ? null : maxPrice.stripTrailingZeros();
        rotation = userId == null ? null : rotation;
    }

    /** The same query for a longer list: the pool the merchandising rules arrange. */
    Query withLimit(int pool) {
        return new Query(
                tenant,
                userId,
                productId,
                strategy,
                pool,
                category,
                minPrice,
                maxPrice,
                placementId,
                rules,
                maxPerCategory,
                rotation);
    }
}
