package com.recomengine.recommendations.model;

import java.util.function.Predicate;

/** The (user × item) matrix of weighted, decayed implicit feedback, and the (basket × item) incidence. */
final class Feedback {

    private Feedback() {}

    /** Cell (u, i): the strongest decayed weight among u's interactions with i. */
    static SparseMatrix usersByItems(InteractionData data, FeedbackWeights weights) {
        return usersByItems(data, weights, type -> true);
    }

    static SparseMatrix usersByItems(InteractionData data, FeedbackWeights weights, Predicate<FeedbackType> kept) {
        int n = data.size();
        int[] users = new int[n];
        int[] items = new int[n];
        float[] values = new float[n];
        for (int t = 0; t < n; t++) {
            FeedbackType type = data.type(t);
            users[t] = kept.test(type) ? data.user(t) : -1;
            items[t] = data.item(t);
            values[t] = (float) weights.weight(type, data.ageMillis(t));
        }
        return SparseMatrix.ofMaxima(data.users().size(), data.items().size(), n, users, items, values);
    }

    /** Cell (b, i) is 1 when basket b holds item i through an interaction of a kept type. */
    static SparseMatrix basketsByItems(InteractionData data, Predicate<FeedbackType> kept) {
        int n = data.size();
        int[] baskets = new int[n];
        int[] items = new int[n];
        float[] ones = new float[n];
        for (int t = 0; t < n; t++) {
            baskets[t] = kept.test(data.type(t)) ? data.basket(t) : -1;
            items[t] = data.item(t);
            ones[t] = 1;
        }
        return SparseMatrix.ofMaxima(data.baskets().size(), data.items().size(), n, baskets, items, ones);
    }
}
