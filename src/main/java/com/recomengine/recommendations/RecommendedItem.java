package com.recomengine.recommendations;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One recommended product with its score, a reason a shopper can read ("Because you viewed …") and the names of
 * the merchandising rules that moved it or put it there (empty when none did).
 */
public record RecommendedItem(
        String productId,
        String name,
        @Nullable String imageUrl,
        @Nullable String url,
        @Nullable BigDecimal price,
        @Nullable String currency,
        double score,
        String reason,
        List<String> rules) {

    public RecommendedItem {
        rules = List.copyOf(rules);
    }
}
