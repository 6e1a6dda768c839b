package com.recomengine.recommendations;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** One recommended product with its score and a reason a shopper can read ("Because you viewed …"). */
public record RecommendedItem(
        String productId,
        String name,
        @Nullable String imageUrl,
        @Nullable String url,
        @Nullable BigDecimal price,
        @Nullable String currency,
        double score,
        String reason) {}
