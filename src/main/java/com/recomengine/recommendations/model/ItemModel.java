package com.recomengine.recommendations.model;

/**
 * What a strategy's build produces: per-item neighbours or one ranked list, over the items of the build's
 * dictionary. Immutable and safe to share between threads.
 */
public sealed interface ItemModel permits NeighbourTable, RankedItems, TunedBlend {

    /** The name of the strategy that built the model, e.g. {@code collaborative}. */
    String strategy();

    IdDictionary items();
}
