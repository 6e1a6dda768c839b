package com.recomengine.catalog.internal;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.recomengine.catalog.ProductSummary;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A product as the API returns it; {@code attributes} is written out as the stored JSON object. */
public record ProductView(
        String productId,
        String name,
        @Nullable String category,
        @Nullable BigDecimal price,
        @Nullable String currency,
        @Nullable String imageUrl,
        @Nullable String url,

        @JsonRawValue @Schema(type = "object", types = "object", description = "free-form JSON object")
        String attributes,

        boolean available,
        long dataVersion,
        Instant createdAt,
        Instant updatedAt) {

    ProductSummary summary() {
        return new ProductSummary(
                productId, name, category, price, currency, imageUrl, url, available, attributes, createdAt);
    }

    /** 2.5500 from a NUMERIC column is 2.55 here, and 10.0000 is 10 (never 1E+1). */
    static @Nullable BigDecimal plain(@Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
