package com.recomengine.recommendations.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;

/**
 * {@code content_based}: items alike in what the catalog says of them. Each item is a TF-IDF vector of its name
 * tokens, its category (one feature, weighted by {@code categoryWeight}) and its attributes ({@code key=value}
 * features, weighted by {@code attributeWeight}); neighbours are the top k by cosine. It needs no interactions,
 * so it answers for products nobody has touched yet (cold start). Features held by more than {@code
 * maxFeatureShare} of the items are dropped: they say little (low IDF) and would make the overlap walk
 * quadratic.
 */
@RequiredArgsConstructor
public final class ContentBasedStrategy implements ModelBuilder {

    public static final String NAME = "content_based";

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "for", "in", "of", "on", "or", "the", "to", "with", "by", "at", "from", "is", "it", "de",
            "la", "le", "und", "der", "die", "das");

    public record Settings(
            int neighbours, double categoryWeight, double attributeWeight, double maxFeatureShare, int threads) {

        public static final Settings DEFAULT = new Settings(50, 2.0, 1.0, 0.2, 2);

        public Settings {
            if (neighbours < 1 || categoryWeight < 0 || attributeWeight < 0 || !(maxFeatureShare > 0) || threads < 1) {
                throw new IllegalArgumentException("invalid content-based settings");
            }
        }
    }

    private final Settings settings;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public NeighbourTable build(InteractionData data) {
        SparseMatrix vectors = vectors(data);
        int[] described = IntStream.range(0, vectors.rows)
                .filter(i -> vectors.count(i) > 0)
                .toArray();
        NeighbourTable.Builder table = NeighbourTable.builder(NAME, data.items());
        try (Workers workers = new Workers(settings.threads())) {
            SparseNeighbours.Rows rows =
                    SparseNeighbours.topK(vectors, described, settings.neighbours(), (i, j, dot) -> dot, workers);
            for (int d = 0; d < described.length; d++) {
                for (int r = 0; r < rows.neighbours()[d].length; r++) {
                    table.add(described[d], rows.neighbours()[d][r], rows.weights()[d][r]);
                }
            }
        }
        return table.build();
    }

    /** Items × features, TF-IDF weighted and L2-normalised. */
    SparseMatrix vectors(InteractionData data) {
        int items = data.items().size();
        List<Map<String, Double>> raw = new ArrayList<>(items);
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (int i = 0; i < items; i++) {
            Map<String, Double> features = features(data.content(i));
            raw.add(features);
            features.keySet().forEach(f -> documentFrequency.merge(f, 1, Integer::sum));
        }
        int describedItems = (int) raw.stream().filter(f -> !f.isEmpty()).count();
        IdDictionary featureIds = new IdDictionary();
        SparseMatrix.Cells cells = new SparseMatrix.Cells();
        for (int i = 0; i < items; i++) {
            Map<String, Double> weighted = new HashMap<>();
            raw.get(i).forEach((feature, tf) -> {
                int df = documentFrequency.get(feature);
                if (df >= 2 && df <= settings.maxFeatureShare() * describedItems) {
                    weighted.put(feature, tf * Math.log((double) describedItems / df));
                }
            });
            double norm =
                    Math.sqrt(weighted.values().stream().mapToDouble(v -> v * v).sum());
            int item = i;
            weighted.forEach((feature, w) -> cells.add(item, featureIds.add(feature), (float) (w / norm)));
        }
        return cells.toMatrix(items, featureIds.size());
    }

    /** Feature → weight before IDF: sublinear term frequency of name tokens, fixed weights for the rest. */
    private Map<String, Double> features(@Nullable ItemContent content) {
        Map<String, Double> features = new HashMap<>();
        if (content == null) {
            return features;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String token : tokens(content.name())) {
            counts.merge(token, 1, Integer::sum);
        }
        counts.forEach((token, n) -> features.put("t:" + token, 1 + Math.log(n)));
        if (content.category() != null && !content.category().isBlank() && settings.categoryWeight() > 0) {
            features.put("c:" + content.category().strip().toLowerCase(Locale.ROOT), settings.categoryWeight());
        }
        if (settings.attributeWeight() > 0) {
            content.attributes()
                    .forEach((key, value) -> features.put(
                            "a:" + key.strip().toLowerCase(Locale.ROOT) + "="
                                    + value.strip().toLowerCase(Locale.ROOT),
                            settings.attributeWeight()));
        }
        return features;
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (token.length() >= 2 && !STOP_WORDS.contains(token)) {
                tokens.add(token);
            }
        }
        return tokens;
    }
}
