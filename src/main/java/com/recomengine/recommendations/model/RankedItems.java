package com.recomengine.recommendations.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/** One list of items ranked by score, best first: what {@code popular} and {@code trending} build. */
public final class RankedItems implements ItemModel {

    private final String strategy;
    private final IdDictionary items;
    private final int[] ranked;
    private final float[] scores;

    private RankedItems(String strategy, IdDictionary items, int[] ranked, float[] scores) {
        this.strategy = strategy;
        this.items = items;
        this.ranked = ranked;
        this.scores = scores;
    }

    /** The items with a positive score, best first; ties by item index. */
    public static RankedItems of(String strategy, IdDictionary items, double[] scoreByItem) {
        TopK top = new TopK(Math.max(1, scoreByItem.length));
        for (int i = 0; i < scoreByItem.length; i++) {
            if (scoreByItem[i] > 0) {
                top.offer(i, (float) scoreByItem[i]);
            }
        }
        int[] ranked = new int[top.size()];
        float[] scores = new float[top.size()];
        top.drainBestFirst(ranked, scores);
        return new RankedItems(strategy, items, ranked, scores);
    }

    @Override
    public String strategy() {
        return strategy;
    }

    @Override
    public IdDictionary items() {
        return items;
    }

    public int size() {
        return ranked.length;
    }

    public int item(int rank) {
        return ranked[rank];
    }

    public float score(int rank) {
        return scores[rank];
    }

    /** The first {@code k} items that are not excluded. */
    public List<ScoredItem> top(int k, IntPredicate excluded) {
        List<ScoredItem> top = new ArrayList<>(Math.min(k, ranked.length));
        for (int r = 0; r < ranked.length && top.size() < k; r++) {
            if (!excluded.test(ranked[r])) {
                top.add(new ScoredItem(ranked[r], scores[r], -1));
            }
        }
        return top;
    }

    @Override
    public String toString() {
        return strategy + " " + Arrays.toString(Arrays.copyOf(ranked, Math.min(10, ranked.length))) + "…";
    }
}
