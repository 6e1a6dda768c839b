package com.recomengine.recommendations.internal;

import com.recomengine.recommendations.model.BlendRecommender;
import com.recomengine.recommendations.model.IdDictionary;
import com.recomengine.recommendations.model.ItemModel;
import com.recomengine.recommendations.model.NeighbourTable;
import com.recomengine.recommendations.model.RankedItems;
import com.recomengine.recommendations.model.Recommender;
import com.recomengine.recommendations.model.TunedBlend;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One generation of a tenant's models, as served: every strategy's model over one item dictionary. Immutable and
 * shared by all requests; generation 0 means the tenant has no model yet.
 */
final class ModelSet {

    private static final IdDictionary NO_ITEMS = IdDictionary.of(List.of());

    private final long generation;
    private final Instant asOf;
    private final IdDictionary items;
    private final Map<Strategy, Recommender> neighbours = new EnumMap<>(Strategy.class);
    private final Map<Strategy, RankedItems> ranked = new EnumMap<>(Strategy.class);
    private @Nullable TunedBlend tuned;
    private final long bytes;
    // auto's scorer of a loaded set, made on its first request; it lives and dies with this set, so that a set
    // dropped to stay inside the memory budget takes its scorer (and the personal table it holds) with it.
    private volatile @Nullable BlendRecommender autoScorer;

    ModelSet(long generation, Instant asOf, IdDictionary items, Map<Strategy, ItemModel> models) {
        this.generation = generation;
        this.asOf = asOf;
        this.items = items;
        models.forEach((strategy, model) -> {
            switch (model) {
                case NeighbourTable table -> neighbours.put(strategy, new Recommender(table));
                case RankedItems list -> ranked.put(strategy, list);
                case TunedBlend blend -> {
                    neighbours.put(strategy, new Recommender(blend.recommender().personal()));
                    tuned = blend;
                }
            }
        });
        this.bytes = ModelFootprint.of(this);
    }

    /** The heap this generation takes (an estimate, see {@link ModelFootprint}). */
    long bytes() {
        return bytes;
    }

    static ModelSet none() {
        return new ModelSet(0, Instant.EPOCH, NO_ITEMS, Map.of());
    }

    long generation() {
        return generation;
    }

    Instant asOf() {
        return asOf;
    }

    boolean empty() {
        return generation == 0;
    }

    IdDictionary items() {
        return items;
    }

    @Nullable
    Recommender neighbours(Strategy strategy) {
        return neighbours.get(strategy);
    }

    @Nullable
    RankedItems ranked(Strategy strategy) {
        return ranked.get(strategy);
    }

    /**
     * {@code auto}'s model as this instance built it (its generic part and tuning included), or null when the set
     * was loaded from the store, which keeps only its personal table ({@link AutoTunings} has the rest).
     */
    @Nullable
    TunedBlend tuned() {
        return tuned;
    }

    /** {@code auto}'s scorer: the built one, or the one made for a loaded set, or null before that. */
    @Nullable
    BlendRecommender autoScorer() {
        return tuned != null ? tuned.recommender() : autoScorer;
    }

    void autoScorer(BlendRecommender scorer) {
        this.autoScorer = scorer;
    }

    /** Neighbour entries or ranked items per strategy. */
    Map<String, Integer> sizes() {
        Map<String, Integer> sizes = new java.util.LinkedHashMap<>();
        for (Strategy strategy : Strategy.values()) {
            if (neighbours.containsKey(strategy)) {
                sizes.put(strategy.wireName(), neighbours.get(strategy).table().entries());
            } else if (ranked.containsKey(strategy)) {
                sizes.put(strategy.wireName(), ranked.get(strategy).size());
            }
        }
        return sizes;
    }
}
