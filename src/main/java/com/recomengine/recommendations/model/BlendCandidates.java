package com.recomengine.recommendations.model;

import com.recomengine.recommendations.model.eval.RankingMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The holdout shoppers' candidates with each part's score, computed once per set of models so that many blends
 * can be scored quickly: for each shopper, the best {@value #DEPTH} items of each personal table (through their
 * train history, scaled by the table's {@link BlendParts#scale}) and the best {@value #GENERIC_DEPTH} of each
 * generic list (scaled so the list's top item scores 1), purchases of the train part excluded. A blend's list for
 * a shopper is then computed as {@link BlendRecommender} computes it when serving, over these candidates.
 */
final class BlendCandidates {

    static final int DEPTH = 100;
    static final int GENERIC_DEPTH = 40;
    static final int K = 10;
    private static final int PERSONAL = 3;

    private final BlendHoldout holdout;
    private final List<Duration> windows;
    private final int[][] items;
    private final float[][][] parts;

    private BlendCandidates(BlendHoldout holdout, List<Duration> windows, int[][] items, float[][][] parts) {
        this.holdout = holdout;
        this.windows = windows;
        this.items = items;
        this.parts = parts;
    }

    /**
     * The candidates of the personal tables (collaborative, bought together, content; any may be null), of the
     * popular lists (one per window, in the order of {@code windows}) and of the trending list, all built on the
     * holdout's train part. {@code scored} keeps each table's lists across calls (the tables that do not change
     * between collaborative settings are scored once).
     */
    static BlendCandidates of(
            BlendHoldout holdout,
            UserHistory[] histories,
            NeighbourTable[] personal,
            List<Duration> windows,
            RankedItems[] popular,
            RankedItems trending,
            Map<NeighbourTable, List<ScoredItem>[]> scored) {
        int shoppers = holdout.evaluated.size();
        int[][] items = new int[shoppers][];
        float[][][] parts = new float[shoppers][][];
        int size = holdout.train.items().size();
        RankedItems[] generic = java.util.Arrays.copyOf(popular, popular.length + 1);
        generic[popular.length] = trending;
        float[][] priors = new float[generic.length][];
        for (int g = 0; g < generic.length; g++) {
            priors[g] = prior(generic[g], size);
        }
        int width = PERSONAL + generic.length;
        List<ScoredItem>[][] lists = new List[personal.length][];
        for (int p = 0; p < personal.length; p++) {
            if (personal[p] != null) {
                lists[p] = scored.computeIfAbsent(personal[p], table -> best(holdout, histories, table));
            }
        }
        float[] scales = new float[personal.length];
        for (int p = 0; p < personal.length; p++) {
            scales[p] = personal[p] == null ? 0 : 1 / BlendParts.scale(personal[p]);
        }
        IntStream.range(0, shoppers).parallel().forEach(s -> {
            int user = holdout.evaluated.get(s).user();
            Map<Integer, Integer> slots = new HashMap<>();
            List<float[]> rows = new ArrayList<>();
            for (int p = 0; p < personal.length; p++) {
                if (lists[p] == null) {
                    continue;
                }
                for (ScoredItem item : lists[p][s]) {
                    slot(slots, rows, width, item.item())[p] = item.score() * scales[p];
                }
            }
            for (RankedItems list : generic) {
                generic(slots, rows, width, list, user, holdout);
            }
            int[] ids = new int[slots.size()];
            float[][] values = new float[slots.size()][];
            slots.forEach((item, slot) -> {
                ids[slot] = item;
                values[slot] = rows.get(slot);
                for (int g = 0; g < priors.length; g++) {
                    values[slot][PERSONAL + g] = priors[g][item];
                }
            });
            items[s] = ids;
            parts[s] = values;
        });
        return new BlendCandidates(holdout, windows, items, parts);
    }

    /** Each evaluated shopper's best {@value #DEPTH} items of one table, train purchases excluded. */
    @SuppressWarnings("unchecked")
    private static List<ScoredItem>[] best(BlendHoldout holdout, UserHistory[] histories, NeighbourTable table) {
        Recommender recommender = new Recommender(table);
        return IntStream.range(0, holdout.evaluated.size())
                .parallel()
                .mapToObj(s -> {
                    int user = holdout.evaluated.get(s).user();
                    return recommender.recommend(histories[user], DEPTH, i -> holdout.excluded(user, i));
                })
                .toArray(List[]::new);
    }

    /** Every shopper's top {@value #K} under {@code blend}, measured against their targets. */
    RankingMetrics score(Blend blend) {
        float[] w = {(float) blend.collaborative(), (float) blend.together(), (float) blend.content()};
        int window = windows.indexOf(blend.popularWindow());
        if (window < 0 && blend.popular() > 0) {
            throw new IllegalArgumentException("no popular list over " + blend.popularWindow());
        }
        int popularPart = PERSONAL + Math.max(0, window);
        int trendingPart = PERSONAL + windows.size();
        float popular = (float) blend.popular();
        float trending = (float) blend.trending();
        RankingMetrics metrics = new RankingMetrics(K);
        TopK top = new TopK(K);
        int[] ids = new int[K];
        float[] scores = new float[K];
        for (int s = 0; s < items.length; s++) {
            float[][] values = parts[s];
            float max = 0;
            for (float[] v : values) {
                max = Math.max(max, w[0] * v[0] + w[1] * v[1] + w[2] * v[2]);
            }
            float scale = max > 0 ? 1 / max : 0;
            top.clear();
            for (int c = 0; c < values.length; c++) {
                float[] v = values[c];
                float personal = (w[0] * v[0] + w[1] * v[1] + w[2] * v[2]) * scale;
                float score = personal + popular * v[popularPart] + trending * v[trendingPart];
                if (score > 0) {
                    top.offer(items[s][c], score);
                }
            }
            int count = top.drainBestFirst(ids, scores);
            List<Integer> ranked = new ArrayList<>(count);
            for (int r = 0; r < count; r++) {
                ranked.add(ids[r]);
            }
            BlendHoldout.Shopper shopper = holdout.evaluated.get(s);
            metrics.add(ranked, shopper.knownTargets(), shopper.targetCount());
        }
        return metrics;
    }

    private static void generic(
            Map<Integer, Integer> slots,
            List<float[]> rows,
            int width,
            RankedItems list,
            int user,
            BlendHoldout holdout) {
        for (ScoredItem item : list.top(GENERIC_DEPTH, i -> holdout.excluded(user, i))) {
            slot(slots, rows, width, item.item());
        }
    }

    /** Each item's score in the list, scaled so that the top item scores 1. */
    static float[] prior(RankedItems list, int size) {
        float[] prior = new float[size];
        float top = list.size() == 0 ? 0 : list.score(0);
        for (int r = 0; top > 0 && r < list.size(); r++) {
            prior[list.item(r)] = list.score(r) / top;
        }
        return prior;
    }

    private static float[] slot(Map<Integer, Integer> slots, List<float[]> rows, int width, int item) {
        Integer slot = slots.get(item);
        if (slot == null) {
            slots.put(item, rows.size());
            rows.add(new float[width]);
            return rows.getLast();
        }
        return rows.get(slot);
    }
}
