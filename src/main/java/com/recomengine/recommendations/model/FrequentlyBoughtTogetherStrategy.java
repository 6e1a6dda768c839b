package com.recomengine.recommendations.model;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.IntStream;
import lombok.RequiredArgsConstructor;

/**
 * {@code frequently_bought_together}: items that share baskets (an order, or a session when the caller uses
 * sessions as baskets) with the anchor. With n_i the baskets holding i, c_ij those holding both and N all
 * baskets, the weight of j for anchor i is the confidence c_ij / n_i ("of the orders with i, this share also had
 * j") or the lift c_ij·N / (n_i·n_j) (how much more often than chance). Pairs seen fewer than {@code minCoCount}
 * times are noise and dropped; baskets larger than {@code maxBasketSize} (wholesale orders, bulk imports) say
 * little about what goes together and would cost size² pairs, so they are skipped.
 */
@RequiredArgsConstructor
public final class FrequentlyBoughtTogetherStrategy implements ModelBuilder {

    public static final String NAME = "frequently_bought_together";

    public enum Measure {
        CONFIDENCE,
        LIFT
    }

    public record Settings(
            int neighbours, int minCoCount, int maxBasketSize, Measure measure, Set<FeedbackType> types, int threads) {

        public static final Settings DEFAULT =
                new Settings(50, 2, 100, Measure.CONFIDENCE, EnumSet.of(FeedbackType.PURCHASE), 2);

        public Settings {
            if (neighbours < 1 || minCoCount < 1 || maxBasketSize < 2 || types.isEmpty() || threads < 1) {
                throw new IllegalArgumentException("invalid frequently-bought-together settings");
            }
            types = Set.copyOf(types);
        }

        public Settings withMeasure(Measure other) {
            return new Settings(neighbours, minCoCount, maxBasketSize, other, types, threads);
        }
    }

    private final Settings settings;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public NeighbourTable build(InteractionData data) {
        SparseMatrix baskets = usefulBaskets(Feedback.basketsByItems(data, settings.types()::contains));
        SparseMatrix itemsByBaskets = baskets.transpose();
        int[] support = new int[itemsByBaskets.rows];
        for (int i = 0; i < support.length; i++) {
            support[i] = itemsByBaskets.count(i);
        }
        int[] anchors = IntStream.range(0, support.length)
                .filter(i -> support[i] >= settings.minCoCount())
                .toArray();
        double total = IntStream.range(0, baskets.rows)
                .filter(b -> baskets.count(b) > 0)
                .count();
        SparseNeighbours.PairScore score = (i, j, together) -> {
            if (together < settings.minCoCount()) {
                return 0;
            }
            return settings.measure() == Measure.CONFIDENCE
                    ? together / support[i]
                    : together * total / ((double) support[i] * support[j]);
        };
        NeighbourTable.Builder table = NeighbourTable.builder(NAME, data.items());
        try (Workers workers = new Workers(settings.threads())) {
            SparseNeighbours.Rows rows =
                    SparseNeighbours.topK(itemsByBaskets, anchors, settings.neighbours(), score, workers);
            for (int a = 0; a < anchors.length; a++) {
                for (int r = 0; r < rows.neighbours()[a].length; r++) {
                    table.add(anchors[a], rows.neighbours()[a][r], rows.weights()[a][r]);
                }
            }
        }
        return table.build();
    }

    /** The baskets with 2 to {@code maxBasketSize} items (the others hold no usable pair). */
    private SparseMatrix usefulBaskets(SparseMatrix baskets) {
        int n = baskets.nonZeros();
        int[] rows = new int[n];
        float[] ones = new float[n];
        for (int b = 0; b < baskets.rows; b++) {
            boolean useful = baskets.count(b) >= 2 && baskets.count(b) <= settings.maxBasketSize();
            for (int e = baskets.start[b]; e < baskets.start[b + 1]; e++) {
                rows[e] = useful ? b : -1;
                ones[e] = 1;
            }
        }
        return SparseMatrix.ofMaxima(baskets.rows, baskets.columns, n, rows, baskets.column, ones);
    }
}
