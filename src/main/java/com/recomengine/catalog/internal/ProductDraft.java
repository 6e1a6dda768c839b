package com.recomengine.catalog.internal;

import com.recomengine.catalog.ProductSummary;
import org.jspecify.annotations.Nullable;

/**
 * A product that passed validation, ready to write (its summary has no {@code createdAt} yet); {@code dataVersion}
 * is null until the server stamps one.
 */
record ProductDraft(ProductSummary product, @Nullable Long dataVersion) {

    String productId() {
        return product.productId();
    }

    ProductDraft withVersion(long version) {
        return new ProductDraft(product, version);
    }

    long version() {
        if (dataVersion == null) {
            throw new IllegalStateException("product " + productId() + " has not been stamped with a version");
        }
        return dataVersion;
    }
}
