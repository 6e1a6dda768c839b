package com.recomengine.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The products with the most of {@code metric} over the range, best first (ties by product id). */
public record TopProducts(String metric, LocalDate from, LocalDate to, List<Product> data) {

    /** {@code name} is the catalog's, null for a product the catalog does not (or no longer) know. */
    public record Product(
            String productId,
            @Nullable String name,
            long views,
            long impressions,
            long clicks,
            long addToCarts,
            long conversions,
            BigDecimal revenue,
            long recommendationConversions,
            BigDecimal recommendationRevenue) {}
}
