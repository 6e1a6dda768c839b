package com.recomengine.recommendations.internal;

import com.recomengine.catalog.Catalog;
import com.recomengine.catalog.ProductSummary;
import com.recomengine.merchandising.Arranged;
import com.recomengine.merchandising.Candidate;
import com.recomengine.merchandising.PlacementRules;
import com.recomengine.recommendations.RecommendedItem;
import com.recomengine.recommendations.model.BlendRecommender;
import com.recomengine.recommendations.model.FeedbackType;
import com.recomengine.recommendations.model.FeedbackWeights;
import com.recomengine.recommendations.model.IdDictionary;
import com.recomengine.recommendations.model.RankedItems;
import com.recomengine.recommendations.model.Recommender;
import com.recomengine.recommendations.model.ScoredItem;
import com.recomengine.recommendations.model.UserHistory;
import com.recomengine.shared.TenantId;
import com.recomengine.tenants.TenantSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Fills one answer, strategy after strategy of the fallback chain, until it holds {@code limit} items. Cheap
 * exclusions are applied inside scoring (the anchor, what the shopper bought when the tenant says so, unavailable
 * products, what is already picked); then the catalog's summaries filter by excluded categories and the request's
 * category and price range and the merchandising rules' exclusions and requirements. When filters thin out a strategy's candidates it is asked again for more (4× each
 * time, up to {@value #MAX_CANDIDATES}) before the next strategy fills in. Every item carries its reason. With
 * rules that reorder, a longer pool is gathered ({@code target}) and the rules arrange it into the final list. On a
 * rotating placement the products the shopper was shown do not count towards {@code target}: gathering goes on until
 * {@code target} items were not shown (or nothing is left), so that the {@link Demotion} of the shown ones finds the
 * items that take their place; the rules then arrange the demoted pool.
 */
final class Picking {

    static final int MAX_CANDIDATES = 1_000;

    private final Query query;
    private final TenantId tenant;
    private final ModelSet models;
    private final IdDictionary dictionary;
    private final Shopper shopper;
    private final Catalog catalog;
    private final FeedbackWeights feedback;
    private final @Nullable BlendRecommender blend;
    private final Set<String> excluded = new HashSet<>();
    private final Set<String> excludedCategories = new HashSet<>();
    private final Set<String> rejected = new HashSet<>();
    private final Map<String, RecommendedItem> picked = new LinkedHashMap<>();
    private final Map<String, ProductSummary> products = new HashMap<>();
    private final PlacementRules rules;
    private final int target;
    private final Demotion demotion;
    private int demoted;
    private final Map<String, FeedbackType> strongest = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final int anchor;
    private final IntPredicate skip;
    private @Nullable UserHistory history;
    private @Nullable Strategy first;

    Picking(
            Query query,
            TenantSettings settings,
            ModelSet models,
            Shopper shopper,
            Catalog catalog,
            FeedbackWeights feedback,
            @Nullable BlendRecommender blend,
            PlacementRules rules) {
        this.query = query;
        this.rules = rules;
        int pool = rules.isEmpty() ? query.limit() : rules.poolSize(query.limit());
        this.target = query.maxPerCategory() > 0 ? Math.max(pool, Math.min(300, query.limit() * 3 + 20)) : pool;
        this.tenant = query.tenant();
        this.models = models;
        this.dictionary = models.items();
        this.shopper = shopper;
        this.catalog = catalog;
        this.feedback = feedback;
        this.blend = blend;
        if (query.productId() != null) {
            excluded.add(query.productId());
        }
        if (settings.excludePurchased()) {
            excluded.addAll(shopper.purchased());
        }
        settings.excludedCategories()
                .forEach(c -> excludedCategories.add(c.strip().toLowerCase(Locale.ROOT)));
        for (Shopper.Seen seen : shopper.recent()) {
            strongest.merge(seen.productId(), seen.type(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        this.demotion = Demotion.of(query.rotation(), shopper, Instant.now());
        this.anchor = query.productId() == null ? -1 : dictionary.indexOf(query.productId());
        java.util.function.Predicate<String> available = catalog.availability(tenant);
        this.skip = item -> {
            String id = dictionary.id(item);
            return excluded.contains(id) || picked.containsKey(id) || rejected.contains(id) || !available.test(id);
        };
    }

    boolean full() {
        return missing() <= 0;
    }

    /** How many more items the pool needs (shown ones on a rotating placement do not count). */
    private int missing() {
        return target - (picked.size() - demoted);
    }

    /**
     * The final list: shown items demoted, arranged by the rules, then, with a diversity cap, no more than that many
     * of a category.
     */
    List<RecommendedItem> items() {
        boolean diverse = query.maxPerCategory() > 0;
        List<RecommendedItem> pool = demotion.apply(new ArrayList<>(picked.values()));
        if (rules.isEmpty() && !diverse) {
            return pool.size() > query.limit() ? new ArrayList<>(pool.subList(0, query.limit())) : pool;
        }
        List<RecommendedItem> ranked = arranged(pool, diverse ? Integer.MAX_VALUE : query.limit());
        return diverse ? PickFilters.diverse(ranked, products, query) : ranked;
    }

    private List<RecommendedItem> arranged(List<RecommendedItem> gathered, int length) {
        List<Candidate> pool = new ArrayList<>(gathered.size());
        gathered.forEach(item -> pool.add(new Candidate(products.get(item.productId()), item.score())));
        List<RecommendedItem> arranged = new ArrayList<>(query.limit());
        Map<String, ProductSummary> pinnable = pinnable();
        products.putAll(pinnable);
        int slots = (int) Math.min(length, (long) pool.size() + pinnable.size());
        for (Arranged item : rules.arrange(pool, pinnable, slots)) {
            RecommendedItem found = picked.get(item.productId());
            arranged.add(
                    found == null
                            ? item(pinnable.get(item.productId()), item.score(), "Featured", item.rules())
                            : item(products.get(item.productId()), item.score(), found.reason(), item.rules()));
        }
        return arranged;
    }

    /** The pinned products that pass the always-on filters (anchor, bought, unavailable) and the request's. */
    private Map<String, ProductSummary> pinnable() {
        List<String> pinned = rules.pinnedProductIds();
        if (pinned.isEmpty()) {
            return Map.of();
        }
        Map<String, ProductSummary> found = new HashMap<>(catalog.products(tenant, pinned));
        found.values()
                .removeIf(p ->
                        excluded.contains(p.productId()) || !PickFilters.passes(p, excludedCategories, rules, query));
        return found;
    }

    private static RecommendedItem item(ProductSummary summary, double score, String reason, List<String> rules) {
        return new RecommendedItem(
                summary.productId(),
                summary.name(),
                summary.imageUrl(),
                summary.url(),
                summary.price(),
                summary.currency(),
                score,
                reason,
                rules);
    }

    /** The strategy of the first item, or the one asked for when there is none. */
    Strategy strategy() {
        return first == null ? query.strategy() : first;
    }

    void fillFrom(Strategy strategy) {
        int asked = Math.min(MAX_CANDIDATES, missing() * 2 + 10);
        while (!full()) {
            List<ScoredItem> found = candidates(strategy, asked);
            if (found.isEmpty()) {
                return;
            }
            accept(strategy, found);
            if (found.size() < asked || asked >= MAX_CANDIDATES) {
                return;
            }
            asked = Math.min(MAX_CANDIDATES, asked * 4);
        }
    }

    private List<ScoredItem> candidates(Strategy strategy, int k) {
        return switch (strategy) {
            case FREQUENTLY_BOUGHT_TOGETHER, CONTENT_BASED -> aroundAnchorOrHistory(models.neighbours(strategy), k);
            case COLLABORATIVE -> {
                Recommender recommender = models.neighbours(strategy);
                yield recommender == null ? List.of() : recommender.recommend(history(true), k, skip);
            }
            case TRENDING, POPULAR -> {
                RankedItems ranked = models.ranked(strategy);
                yield ranked == null ? List.of() : ranked.top(k, skip);
            }
            case AUTO -> blended(k);
        };
    }

    /**
     * {@code auto}: around the anchor, what is bought with it (the chain then adds the rest); else the tuned blend
     * of the shopper's history and the generic lists.
     */
    private List<ScoredItem> blended(int k) {
        if (query.productId() != null) {
            Recommender together = models.neighbours(Strategy.FREQUENTLY_BOUGHT_TOGETHER);
            return together == null || anchor < 0 ? List.of() : together.similarTo(anchor, k, skip);
        }
        return blend == null ? List.of() : blend.recommend(history(false), k, skip);
    }

    /** "Bought with" / "similar to" the anchor when there is one, else to what the shopper did. */
    private List<ScoredItem> aroundAnchorOrHistory(@Nullable Recommender recommender, int k) {
        if (recommender == null) {
            return List.of();
        }
        if (query.productId() != null) {
            return anchor < 0 ? List.of() : recommender.similarTo(anchor, k, skip);
        }
        return recommender.recommend(history(false), k, skip);
    }

    /**
     * The shopper's history over the model's items, decayed to now; with the anchor product (when asked) counted as
     * the strongest signal: the shopper is looking at it.
     */
    private UserHistory history(boolean withAnchor) {
        if (history == null) {
            history = shopper.history(dictionary, feedback, Instant.now());
        }
        if (!withAnchor || anchor < 0) {
            return history;
        }
        return AnchoredHistory.of(history, anchor, (float) feedback.base(FeedbackType.PURCHASE));
    }

    private void accept(Strategy strategy, List<ScoredItem> found) {
        List<String> wanted = new ArrayList<>(found.size() + 4);
        for (ScoredItem item : found) {
            wanted.add(dictionary.id(item.item()));
            if (item.hasBecause() && !names.containsKey(dictionary.id(item.because()))) {
                wanted.add(dictionary.id(item.because()));
            }
        }
        Map<String, ProductSummary> summaries = catalog.products(tenant, wanted);
        summaries.forEach((id, summary) -> names.putIfAbsent(id, summary.name()));
        for (ScoredItem item : found) {
            String id = dictionary.id(item.item());
            ProductSummary summary = summaries.get(id);
            if (summary == null || !PickFilters.passes(summary, excludedCategories, rules, query)) {
                rejected.add(id);
                continue;
            }
            picked.put(id, item(summary, item.score(), reason(strategy, item), List.of()));
            products.put(id, summary);
            if (demotion.demotes(id)) {
                demoted++;
            }
            if (first == null) {
                first = strategy;
            }
            if (full()) {
                return;
            }
        }
    }

    private String reason(Strategy strategy, ScoredItem item) {
        String because = item.hasBecause() ? dictionary.id(item.because()) : null;
        String name = because == null ? null : names.get(because);
        boolean anchored = query.productId() != null;
        boolean asksBought = strategy == Strategy.COLLABORATIVE || (strategy == Strategy.AUTO && !anchored);
        return PickReasons.of(
                strategy, name, asksBought && name != null && bought(because), item.hasBecause(), anchored);
    }

    private boolean bought(@Nullable String productId) {
        return productId != null
                && !productId.equals(query.productId())
                && (strongest.get(productId) == FeedbackType.PURCHASE
                        || shopper.purchased().contains(productId));
    }
}
