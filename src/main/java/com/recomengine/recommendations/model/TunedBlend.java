package com.recomengine.recommendations.model;

/**
 * {@code auto}'s model: the {@link Blend} its tuning chose, refitted on all the data as one personal neighbour
 * table and one generic ranked list, and the tuning's account of itself.
 */
public record TunedBlend(BlendRecommender recommender, Tuning tuning) implements ItemModel {

    @Override
    public String strategy() {
        return AutoStrategy.NAME;
    }

    @Override
    public IdDictionary items() {
        return recommender.personal().items();
    }
}
