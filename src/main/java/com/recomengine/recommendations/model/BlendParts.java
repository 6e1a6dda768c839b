package com.recomengine.recommendations.model;

import java.util.Arrays;

/**
 * Folds a {@link Blend}'s weights into the two parts {@link BlendRecommender} serves: one personal table, the
 * weighted sum of the personal strategies' tables (each divided by its {@link #scale}, so that weights compare
 * strategies, not their units), and one generic list, the weighted sum of the generic lists, each scaled so that
 * its top item scores 1.
 */
final class BlendParts {

    private BlendParts() {}

    /** A table's unit: the median over its items of their strongest weight (1 for an empty table). */
    static float scale(NeighbourTable table) {
        float[] strongest = new float[table.items().size()];
        int n = 0;
        for (int item = 0; item < strongest.length; item++) {
            if (table.count(item) > 0) {
                strongest[n++] = table.weight(item, 0);
            }
        }
        if (n == 0) {
            return 1;
        }
        Arrays.sort(strongest, 0, n);
        return strongest[n / 2] > 0 ? strongest[n / 2] : 1;
    }

    /** The weighted sum of the tables (null ones and zero weights left out), row by row. */
    static NeighbourTable personal(IdDictionary items, NeighbourTable[] tables, double[] weights) {
        NeighbourTable.Builder merged = NeighbourTable.builder(AutoStrategy.NAME, items);
        float[] factor = new float[tables.length];
        for (int t = 0; t < tables.length; t++) {
            factor[t] = tables[t] == null || !(weights[t] > 0) ? 0 : (float) (weights[t] / scale(tables[t]));
        }
        float[] sum = new float[items.size()];
        int[] touched = new int[items.size()];
        for (int item = 0; item < items.size(); item++) {
            int count = 0;
            for (int t = 0; t < tables.length; t++) {
                if (factor[t] == 0) {
                    continue;
                }
                for (int r = 0; r < tables[t].count(item); r++) {
                    int neighbour = tables[t].neighbour(item, r);
                    if (sum[neighbour] == 0) {
                        touched[count++] = neighbour;
                    }
                    sum[neighbour] += factor[t] * tables[t].weight(item, r);
                }
            }
            for (int c = 0; c < count; c++) {
                merged.add(item, touched[c], sum[touched[c]]);
                sum[touched[c]] = 0;
            }
        }
        return merged.build();
    }

    /** The weighted sum of the generic lists, each scaled so that its top item scores 1. */
    static RankedItems generic(
            IdDictionary items,
            RankedItems popular,
            double popularWeight,
            RankedItems trending,
            double trendingWeight) {
        double[] score = new double[items.size()];
        add(score, popular, popularWeight);
        add(score, trending, trendingWeight);
        return RankedItems.of(AutoStrategy.NAME, items, score);
    }

    private static void add(double[] score, RankedItems list, double weight) {
        float[] prior = BlendCandidates.prior(list, score.length);
        for (int i = 0; i < score.length; i++) {
            score[i] += weight * prior[i];
        }
    }
}
