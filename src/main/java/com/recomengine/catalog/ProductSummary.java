package com.recomengine.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A product as other modules use it; {@code attributesJson} is the merchant's attributes object as JSON text,
 * {@code createdAt} when the catalog first stored it (null where a caller builds a summary by hand).
 */
public record ProductSummary(
        String productId,
        String name,
        @Nullable String category,
        @Nullable BigDecimal price,
        @Nullable String currency,
        @Nullable String imageUrl,
        @Nullable String url,
        boolean available,
        String attributesJson,
        @Nullable Instant createdAt) {}
