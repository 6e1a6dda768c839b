package com.recomengine.recommendations.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Scores a {@link Blend}: the shopper's history through one merged personal table (the blend's personal weights
 * already folded into it), divided by the best score among the shopper's candidates that are not excluded, plus
 * each item's generic prior (the blend's generic weights folded in). Candidates are the history's neighbours and
 * the generic list's best items. Each result names the history item behind it when the personal part is the
 * larger one of its score, and none ({@code because} = -1) when the generic part is. Thread-safe.
 */
public final class BlendRecommender {

    private final NeighbourTable personal;
    private final RankedItems generic;
    private final float[] prior;

    public BlendRecommender(NeighbourTable personal, RankedItems generic) {
        this.personal = personal;
        this.generic = generic;
        this.prior = new float[personal.items().size()];
        for (int r = 0; r < generic.size(); r++) {
            prior[generic.item(r)] = generic.score(r);
        }
    }

    public NeighbourTable personal() {
        return personal;
    }

    public RankedItems generic() {
        return generic;
    }

    public List<ScoredItem> recommend(UserHistory history, int k, IntPredicate excluded) {
        if (k < 1) {
            return List.of();
        }
        ScoreBoard board = new ScoreBoard(expectedCandidates(history));
        int[] neighbours = personal.neighbours();
        float[] weights = personal.weights();
        for (int h = 0; h < history.size(); h++) {
            int source = history.items()[h];
            float w = history.weights()[h];
            if (personal.count(source) == 0 || !(w > 0)) {
                continue;
            }
            for (int e = personal.rowStart(source); e < personal.rowEnd(source); e++) {
                board.add(neighbours[e], w * weights[e], source);
            }
        }
        float max = board.max(excluded);
        float scale = max > 0 ? 1 / max : 0;
        TopK top = new TopK(k);
        board.offerTo(top, excluded, scale, prior);
        for (int r = 0; r < generic.size() && top.accepts(generic.score(r)); r++) {
            int item = generic.item(r);
            if (board.score(item) == 0 && !excluded.test(item)) {
                top.offer(item, generic.score(r));
            }
        }
        int[] items = new int[top.size()];
        float[] scores = new float[top.size()];
        int count = top.drainBestFirst(items, scores);
        List<ScoredItem> result = new ArrayList<>(count);
        for (int r = 0; r < count; r++) {
            float mine = board.score(items[r]) * scale;
            int because = mine > 0 && mine >= prior[items[r]] ? board.because(items[r]) : -1;
            result.add(new ScoredItem(items[r], scores[r], because));
        }
        return result;
    }

    private int expectedCandidates(UserHistory history) {
        long total = 0;
        for (int item : history.items()) {
            total += personal.count(item);
        }
        return (int) Math.min(total, 1 << 20);
    }
}
