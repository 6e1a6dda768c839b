package com.recomengine.recommendations.internal;

import com.recomengine.shared.TenantId;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What an answer depends on, once the strategy is resolved: the cache key of L1 (and, spelled out, of L2). The
 * placement and experiment only pick the strategy, so they are not part of it; prices are normalised so that
 * {@code 5} and {@code 5.00} share an entry.
 */
record Query(
        TenantId tenant,
        @Nullable String userId,
        @Nullable String productId,
        Strategy strategy,
        int limit,
        @Nullable String category,
        @Nullable BigDecimal minPrice,
        @Nullable BigDecimal maxPrice) {

    Query {
        minPrice = minPrice == null ? null : minPrice.stripTrailingZeros();
        maxPrice = maxPrice == null ? null : maxPrice.stripTrailingZeros();
    }
}
