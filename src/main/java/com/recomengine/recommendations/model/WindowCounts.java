package com.recomengine.recommendations.model;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** Per-item sums over an age window where each (user, item) pair counts once, at its strongest weight. */
final class WindowCounts {

    private WindowCounts() {}

    /**
     * Σ over users of the strongest type weight of their interactions with the item aged in {@code [fromAge,
     * toAge)} milliseconds (an interaction after the build instant counts as age 0), each weight decayed with
     * {@code halfLife} when one is given.
     */
    static double[] perShopper(
            InteractionData data, FeedbackWeights weights, long fromAge, long toAge, @Nullable Duration halfLife) {
        int n = data.size();
        int[] users = new int[n];
        int[] items = new int[n];
        float[] values = new float[n];
        for (int t = 0; t < n; t++) {
            long age = Math.max(0, data.ageMillis(t));
            boolean inside = age >= fromAge && age < toAge;
            double decay = halfLife == null ? 1 : Math.pow(0.5, (double) age / halfLife.toMillis());
            users[t] = inside ? data.user(t) : -1;
            items[t] = data.item(t);
            values[t] = (float) (weights.base(data.type(t)) * decay);
        }
        SparseMatrix cells =
                SparseMatrix.ofMaxima(data.users().size(), data.items().size(), n, users, items, values);
        double[] sums = new double[data.items().size()];
        for (int e = 0; e < cells.nonZeros(); e++) {
            sums[cells.column[e]] += cells.value[e];
        }
        return sums;
    }
}
