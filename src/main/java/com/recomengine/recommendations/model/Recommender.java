package com.recomengine.recommendations.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import lombok.RequiredArgsConstructor;

/**
 * Scores against one {@link NeighbourTable}. For a user: every candidate's score is the sum, over the items of
 * their history, of history weight × neighbour weight; the top {@code k} not excluded win, each with the history
 * item that contributed most. For an anchor product: its row. Cost is proportional to the history size times the
 * row length (a few thousand additions), never to the catalog size. Thread-safe.
 */
@RequiredArgsConstructor
public final class Recommender {

    private final NeighbourTable table;

    public NeighbourTable table() {
        return table;
    }

    /**
     * The {@code k} best items for a user with this history, best first, skipping {@code excluded} items (for
     * instance those already bought, or unavailable). Fewer than {@code k} when the history's neighbours run
     * out: the caller's fallback chain fills the rest.
     */
    public List<ScoredItem> recommend(UserHistory history, int k, IntPredicate excluded) {
        if (history.isEmpty() || k < 1) {
            return List.of();
        }
        int[] neighbours = table.neighbours();
        float[] weights = table.weights();
        ScoreBoard board = new ScoreBoard(expectedCandidates(history));
        for (int h = 0; h < history.size(); h++) {
            int source = history.items()[h];
            float w = history.weights()[h];
            if (table.count(source) == 0 || !(w > 0)) {
                continue;
            }
            for (int e = table.rowStart(source); e < table.rowEnd(source); e++) {
                board.add(neighbours[e], w * weights[e], source);
            }
        }
        TopK top = new TopK(k);
        board.offerTo(top, excluded);
        return drain(top, board);
    }

    /** The neighbours of an anchor item, strongest first, skipping {@code excluded} ones. */
    public List<ScoredItem> similarTo(int anchor, int k, IntPredicate excluded) {
        List<ScoredItem> similar = new ArrayList<>(Math.min(k, table.count(anchor)));
        for (int r = 0; r < table.count(anchor) && similar.size() < k; r++) {
            int item = table.neighbour(anchor, r);
            if (!excluded.test(item)) {
                similar.add(new ScoredItem(item, table.weight(anchor, r), anchor));
            }
        }
        return similar;
    }

    private int expectedCandidates(UserHistory history) {
        long total = 0;
        for (int item : history.items()) {
            total += table.count(item);
        }
        return (int) Math.min(total, 1 << 20);
    }

    private static List<ScoredItem> drain(TopK top, ScoreBoard board) {
        int[] items = new int[top.size()];
        float[] scores = new float[top.size()];
        int count = top.drainBestFirst(items, scores);
        List<ScoredItem> result = new ArrayList<>(count);
        for (int r = 0; r < count; r++) {
            result.add(new ScoredItem(items[r], scores[r], board.because(items[r])));
        }
        return result;
    }
}
