package com.recomengine.recommendations.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * What one user did, as the scorer needs it: distinct item indexes with the strongest decayed weight of the
 * user's interactions with each (the same rule as the training matrix, {@link FeedbackWeights}). Events newer than
 * the last build count too: that is how a fresh view shapes the next response before the next build.
 */
public record UserHistory(int[] items, float[] weights) {

    public static final UserHistory EMPTY = new UserHistory(new int[0], new float[0]);

    public UserHistory {
        if (items.length != weights.length) {
            throw new IllegalArgumentException(items.length + " items but " + weights.length + " weights");
        }
    }

    public int size() {
        return items.length;
    }

    public boolean isEmpty() {
        return items.length == 0;
    }

    /** Every user's history in the data, indexed by user index. */
    public static UserHistory[] allOf(InteractionData data, FeedbackWeights weights) {
        SparseMatrix matrix = Feedback.usersByItems(data, weights);
        UserHistory[] histories = new UserHistory[matrix.rows];
        for (int u = 0; u < matrix.rows; u++) {
            histories[u] = new UserHistory(
                    Arrays.copyOfRange(matrix.column, matrix.start[u], matrix.start[u + 1]),
                    Arrays.copyOfRange(matrix.value, matrix.start[u], matrix.start[u + 1]));
        }
        return histories;
    }

    public static Builder builder(IdDictionary items, FeedbackWeights weights, Instant asOf) {
        return new Builder(items, weights, asOf);
    }

    /** Collects one user's interactions by product id; products the model does not know are skipped. */
    public static final class Builder {

        private final IdDictionary items;
        private final FeedbackWeights feedback;
        private final long asOfMillis;
        private final Map<Integer, Integer> positions = new HashMap<>();
        private int size;
        private int[] item = new int[16];
        private float[] weight = new float[16];

        private Builder(IdDictionary items, FeedbackWeights feedback, Instant asOf) {
            this.items = items;
            this.feedback = feedback;
            this.asOfMillis = asOf.toEpochMilli();
        }

        public Builder add(String itemId, FeedbackType type, Instant at) {
            int index = items.indexOf(itemId);
            if (index < 0) {
                return this;
            }
            float w = (float) feedback.weight(type, asOfMillis - at.toEpochMilli());
            Integer known = positions.putIfAbsent(index, size);
            if (known != null) {
                weight[known] = Math.max(weight[known], w);
                return this;
            }
            if (size == item.length) {
                item = Arrays.copyOf(item, size * 2);
                weight = Arrays.copyOf(weight, size * 2);
            }
            item[size] = index;
            weight[size] = w;
            size++;
            return this;
        }

        public UserHistory build() {
            return new UserHistory(Arrays.copyOf(item, size), Arrays.copyOf(weight, size));
        }
    }
}
