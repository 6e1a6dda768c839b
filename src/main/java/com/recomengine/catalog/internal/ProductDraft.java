package com.recomengine.catalog.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A product that passed validation, ready to write; {@code dataVersion} is null until the server stamps one. */
record ProductDraft(
        String productId,
        String name,
        @Nullable String category,
        @Nullable BigDecimal price,
        @Nullable String currency,
        @Nullable String imageUrl,
        @Nullable String url,
        String attributesJson,
        boolean available,
        @Nullable Long dataVersion) {

    ProductDraft withVersion(long version) {
        return new ProductDraft(
                productId, name, category, price, currency, imageUrl, url, attributesJson, available, version);
    }

    long version() {
        if (dataVersion == null) {
            throw new IllegalStateException("product " + productId + " has not been stamped with a version");
        }
        return dataVersion;
    }
}
