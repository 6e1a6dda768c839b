package com.recomengine.dashboard.web;

import com.recomengine.recommendations.RecommendationResult;
import com.recomengine.recommendations.RecommendedItem;
import com.recomengine.recommendations.RulesPreviews;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A placement's list for a shopper without and with the tenant's rules, as the rules page draws it side by side:
 * each item with the rules that moved or placed it (its provenance), whether it is new to the list with rules, and
 * whether the rules took it out of the list.
 */
record RulePreview(String placementId, String userId, Side withoutRules, Side withRules) {

    /** One list, best first. */
    record Side(String strategy, int rulesApplied, List<Row> rows) {}

    /** One item; {@code changed}: only in this side's list. */
    record Row(int rank, String productId, String name, double score, List<String> rules, boolean changed) {}

    static RulePreview of(String placementId, String userId, RulesPreviews.RulesPreview preview) {
        return new RulePreview(
                placementId,
                userId,
                side(preview.withoutRules(), preview.withRules()),
                side(preview.withRules(), preview.withoutRules()));
    }

    /** Whether the rules changed anything in the list. */
    public boolean differs() {
        return !withoutRules.rows().stream()
                .map(Row::productId)
                .toList()
                .equals(withRules.rows().stream().map(Row::productId).toList());
    }

    private static Side side(RecommendationResult result, RecommendationResult other) {
        Set<String> others =
                other.items().stream().map(RecommendedItem::productId).collect(Collectors.toSet());
        List<RecommendedItem> items = result.items();
        List<Row> rows = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            RecommendedItem item = items.get(i);
            rows.add(new Row(
                    i + 1,
                    item.productId(),
                    item.name(),
                    item.score(),
                    item.rules(),
                    !others.contains(item.productId())));
        }
        return new Side(result.strategy(), result.rulesApplied(), rows);
    }
}
