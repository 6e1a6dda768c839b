package com.recomengine.catalog;

import com.recomengine.shared.TenantId;
import java.io.InputStream;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** The catalog as other modules see it. Unknown and deleted products are never available and have no summary. */
public interface Catalog {

    /** Whether the product exists and is available; answered from memory, kept current on every change. */
    boolean isAvailable(TenantId tenant, String productId);

    /**
     * {@link #isAvailable} for many products in a row: the tenant's availability as one predicate, looked up once
     * and kept current as products change, for a caller that asks about hundreds of products in one request.
     */
    Predicate<String> availability(TenantId tenant);

    /** The subset of {@code productIds} that exist and are available, from memory. */
    Set<String> availableAmong(TenantId tenant, Collection<String> productIds);

    /** What a recommendation shows of each known product, keyed by product id in the order asked (cached). */
    Map<String, ProductSummary> products(TenantId tenant, Collection<String> productIds);

    /** Streams every live product of the tenant (e.g. for content-based model builds), in product id order. */
    void forEachProduct(TenantId tenant, Consumer<ProductSummary> action);

    /** How many live products the tenant has. */
    long productCount(TenantId tenant);

    /**
     * Searches the tenant's live products by text (full text over name and category, typo-tolerant), category and
     * availability, ordered by relevance with text and by name without; 400 problems for a page beyond the first
     * 10 000 results or a size outside 1-100.
     */
    ProductPage search(
            TenantId tenant,
            @Nullable String text,
            @Nullable String category,
            @Nullable Boolean available,
            int page,
            int size);

    /**
     * Upserts a merchant's CSV feed: columns are mapped by their header names (see docs/catalog.md), other columns
     * become string attributes. Rows are written in chunks, each its own transaction and {@link ProductsChanged}.
     */
    BatchReport importCsv(TenantId tenant, InputStream csv);
}
