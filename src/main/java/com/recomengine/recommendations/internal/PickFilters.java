package com.recomengine.recommendations.internal;

import com.recomengine.catalog.ProductSummary;
import com.recomengine.merchandising.PlacementRules;
import com.recomengine.recommendations.RecommendedItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The filters a picked product passes on the catalog's summary (availability, excluded categories, the rules, the
 * request's category and price range), and the request's cap on items of one category.
 */
final class PickFilters {

    private PickFilters() {}

    static boolean passes(ProductSummary summary, Set<String> excludedCategories, PlacementRules rules, Query query) {
        if (!summary.available()) {
            return false;
        }
        String category = category(summary);
        if (category != null && excludedCategories.contains(category)) {
            return false;
        }
        if (!rules.admits(summary)) {
            return false;
        }
        if (query.category() != null
                && (category == null
                        || !category.equals(query.category().strip().toLowerCase(Locale.ROOT)))) {
            return false;
        }
        if (query.minPrice() != null || query.maxPrice() != null) {
            if (summary.price() == null) {
                return false;
            }
            if (query.minPrice() != null && summary.price().compareTo(query.minPrice()) < 0) {
                return false;
            }
            return query.maxPrice() == null || summary.price().compareTo(query.maxPrice()) <= 0;
        }
        return true;
    }

    /** The first {@code query.limit()} of {@code ranked} with no more than the query's cap of one category. */
    static List<RecommendedItem> diverse(
            List<RecommendedItem> ranked, Map<String, ProductSummary> products, Query query) {
        Map<String, Integer> perCategory = new HashMap<>();
        List<RecommendedItem> kept = new ArrayList<>(query.limit());
        for (RecommendedItem item : ranked) {
            ProductSummary product = products.get(item.productId());
            String category = product == null || product.category() == null ? "" : category(product);
            if (category.isEmpty() || perCategory.merge(category, 1, Integer::sum) <= query.maxPerCategory()) {
                kept.add(item);
            }
            if (kept.size() == query.limit()) {
                break;
            }
        }
        return kept;
    }

    private static @Nullable String category(ProductSummary summary) {
        return summary.category() == null ? null : summary.category().strip().toLowerCase(Locale.ROOT);
    }
}
