package com.recomengine.recommendations.internal;

import com.recomengine.recommendations.model.UserHistory;
import java.util.Arrays;

/** A shopper's history with the anchor product counted as its strongest signal: the shopper is looking at it. */
final class AnchoredHistory {

    private AnchoredHistory() {}

    /** {@code history} with {@code anchor} weighing at least {@code weight}: raised where present, else added. */
    static UserHistory of(UserHistory history, int anchor, float weight) {
        int n = history.size();
        for (int h = 0; h < n; h++) {
            if (history.items()[h] == anchor) {
                float[] weights = Arrays.copyOf(history.weights(), n);
                weights[h] = Math.max(weights[h], weight);
                return new UserHistory(history.items(), weights);
            }
        }
        int[] items = Arrays.copyOf(history.items(), n + 1);
        float[] weights = Arrays.copyOf(history.weights(), n + 1);
        items[n] = anchor;
        weights[n] = weight;
        return new UserHistory(items, weights);
    }
}
