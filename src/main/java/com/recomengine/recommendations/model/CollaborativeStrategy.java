package com.recomengine.recommendations.model;

import java.util.Arrays;
import java.util.stream.IntStream;
import lombok.RequiredArgsConstructor;

/**
 * {@code collaborative}: item-item weights from weighted, decayed implicit feedback (everything every user did).
 *
 * <p>The {@code maxDenseItems} most-interacted items (by distinct users), the head, get EASE solved in closed
 * form ({@link Ease}): the best model here, but a dense n × n inverse. Items past that limit (the long tail of a
 * big catalog) get item-kNN instead ({@link ItemKnn}: cosine over the same feedback). Both are kept by target
 * column: item j's row entries say which history items lead to j. So a tail item t receives its k nearest items
 * as sources (t can be recommended after any of them), and a head item receives, beside its EASE sources, the
 * tail items among its k nearest (what EASE cannot see). kNN weights are rescaled so that the median strongest
 * kNN weight into an item equals the median strongest EASE weight, which keeps both comparable in one sum. With
 * {@code maxDenseItems = 0} the whole model is item-kNN.
 */
@RequiredArgsConstructor
public final class CollaborativeStrategy implements ModelBuilder {

    public static final String NAME = "collaborative";

    /**
     * @param lambda EASE's L2 penalty; ~500 is best for feedback in [0, 1] (250–1000 are within 0.001 NDCG)
     * @param neighbours sources kept per target item
     * @param maxDenseItems the most items solved by EASE (memory 4n² bytes, CPU ∝ n³: 3 607 items take ~1.6
     *     CPU-seconds and 52 MB, 5 000 ~4 s and 100 MB, 10 000 ~35 s and 400 MB)
     * @param threads build threads
     */
    public record Settings(FeedbackWeights feedback, double lambda, int neighbours, int maxDenseItems, int threads) {

        public static final Settings DEFAULT = new Settings(FeedbackWeights.DEFAULT, 500, 50, 5_000, 2);

        public Settings {
            if (!(lambda > 0) || neighbours < 1 || maxDenseItems < 0 || threads < 1) {
                throw new IllegalArgumentException("invalid collaborative settings: lambda " + lambda + ", neighbours "
                        + neighbours + ", maxDenseItems " + maxDenseItems + ", threads " + threads);
            }
        }

        public Settings withMaxDenseItems(int items) {
            return new Settings(feedback, lambda, neighbours, items, threads);
        }

        public Settings withFeedback(FeedbackWeights weights) {
            return new Settings(weights, lambda, neighbours, maxDenseItems, threads);
        }
    }

    private final Settings settings;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public NeighbourTable build(InteractionData data) {
        SparseMatrix feedback = Feedback.usersByItems(data, settings.feedback());
        int[] interacted = byPopularity(feedback);
        int dense = Math.min(interacted.length, settings.maxDenseItems());
        int[] head = Arrays.copyOf(interacted, dense);
        NeighbourTable.Builder table = NeighbourTable.builder(NAME, data.items());
        try (Workers workers = new Workers(settings.threads())) {
            float[] strongest = head.length == 0
                    ? new float[0]
                    : Ease.addNeighbours(feedback, head, settings.lambda(), settings.neighbours(), workers, table);
            if (dense < interacted.length) {
                addNearest(feedback, interacted, dense, median(strongest), workers, table);
            }
        }
        return table.build();
    }

    /**
     * kNN sources of every interacted item (the first {@code dense} are the head): all of them for a tail item,
     * only the tail ones for a head item, which has EASE for the rest.
     */
    private void addNearest(
            SparseMatrix feedback,
            int[] interacted,
            int dense,
            double easeMedian,
            Workers workers,
            NeighbourTable.Builder table) {
        SparseNeighbours.Rows nearest = ItemKnn.cosine(feedback, interacted, settings.neighbours(), workers);
        boolean[] inHead = new boolean[feedback.columns];
        for (int h = 0; h < dense; h++) {
            inHead[interacted[h]] = true;
        }
        float scale = scale(nearest, easeMedian);
        for (int t = 0; t < interacted.length; t++) {
            int target = interacted[t];
            int[] sources = nearest.neighbours()[t];
            for (int r = 0; r < sources.length; r++) {
                if (!inHead[target] || !inHead[sources[r]]) {
                    table.add(sources[r], target, nearest.weights()[t][r] * scale);
                }
            }
        }
    }

    private static float scale(SparseNeighbours.Rows nearest, double easeMedian) {
        float[] strongest = new float[nearest.weights().length];
        for (int t = 0; t < strongest.length; t++) {
            strongest[t] = nearest.weights()[t].length == 0 ? 0 : nearest.weights()[t][0];
        }
        double knnMedian = median(strongest);
        return easeMedian > 0 && knnMedian > 0 ? (float) (easeMedian / knnMedian) : 1;
    }

    /** Items with any feedback, by number of users, most first (ties by index). */
    private static int[] byPopularity(SparseMatrix usersByItems) {
        int[] users = new int[usersByItems.columns];
        for (int e = 0; e < usersByItems.nonZeros(); e++) {
            users[usersByItems.column[e]]++;
        }
        return IntStream.range(0, users.length)
                .filter(i -> users[i] > 0)
                .boxed()
                .sorted((a, b) -> users[a] != users[b] ? Integer.compare(users[b], users[a]) : Integer.compare(a, b))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    private static double median(float[] values) {
        float[] positive = new float[values.length];
        int n = 0;
        for (float v : values) {
            if (v > 0) {
                positive[n++] = v;
            }
        }
        if (n == 0) {
            return 0;
        }
        Arrays.sort(positive, 0, n);
        return positive[n / 2];
    }
}
