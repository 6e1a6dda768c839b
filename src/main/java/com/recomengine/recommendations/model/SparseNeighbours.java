package com.recomengine.recommendations.model;

/**
 * Top-k neighbours from sparse overlaps: for each item i asked for, every item j sharing a feature with i (a
 * user, a basket, a token) gets dot(i, j) = Σ_f x_if·x_jf, accumulated by walking i's features and each
 * feature's items; a {@link PairScore} turns the overlap into a similarity, and the best k are kept. The cost
 * is the number of (feature, item, item) triples walked, not items², which is what makes item-kNN on large
 * catalogs and content similarity affordable.
 */
final class SparseNeighbours {

    private static final int ITEMS_PER_TASK = 32;

    private SparseNeighbours() {}

    @FunctionalInterface
    interface PairScore {
        /** The similarity of {@code item} to {@code other} given their overlap; ≤ 0 (or NaN) drops the pair. */
        double score(int item, int other, double dot);
    }

    /** The neighbours of the asked items, indexed as {@code asked}: ids and weights, strongest first. */
    record Rows(int[][] neighbours, float[][] weights) {}

    static Rows topK(SparseMatrix itemsByFeatures, int[] asked, int k, PairScore score, Workers workers) {
        SparseMatrix featuresByItems = itemsByFeatures.transpose();
        int[][] neighbours = new int[asked.length][];
        float[][] weights = new float[asked.length][];
        int tasks = (asked.length + ITEMS_PER_TASK - 1) / ITEMS_PER_TASK;
        workers.forEach(tasks, () -> new Scratch(itemsByFeatures.rows, k), (s, t) -> {
            for (int a = t * ITEMS_PER_TASK; a < Math.min(asked.length, (t + 1) * ITEMS_PER_TASK); a++) {
                s.collect(itemsByFeatures, featuresByItems, asked[a], score);
                neighbours[a] = new int[s.top.size()];
                weights[a] = new float[s.top.size()];
                s.top.drainBestFirst(neighbours[a], weights[a]);
            }
        });
        return new Rows(neighbours, weights);
    }

    /** One thread's accumulators, sized to the catalog once and cleaned through the list of touched items. */
    private static final class Scratch {

        final double[] dot;
        final int[] touched;
        final TopK top;
        int touchedCount;

        Scratch(int items, int k) {
            dot = new double[items];
            touched = new int[items];
            top = new TopK(k);
        }

        void collect(SparseMatrix itemsByFeatures, SparseMatrix featuresByItems, int item, PairScore score) {
            for (int e = itemsByFeatures.start[item]; e < itemsByFeatures.start[item + 1]; e++) {
                int feature = itemsByFeatures.column[e];
                double x = itemsByFeatures.value[e];
                for (int g = featuresByItems.start[feature]; g < featuresByItems.start[feature + 1]; g++) {
                    int other = featuresByItems.column[g];
                    if (dot[other] == 0) {
                        touched[touchedCount++] = other;
                    }
                    dot[other] += x * featuresByItems.value[g];
                }
            }
            top.clear();
            for (int t = 0; t < touchedCount; t++) {
                int other = touched[t];
                if (other != item) {
                    double similarity = score.score(item, other, dot[other]);
                    if (similarity > 0) {
                        top.offer(other, (float) similarity);
                    }
                }
                dot[other] = 0;
            }
            touchedCount = 0;
        }
    }
}
