package com.recomengine.recommendations.model.eval;

import java.util.BitSet;
import java.util.List;
import lombok.RequiredArgsConstructor;

/**
 * Top-k metrics averaged over users: Precision@k = hits / k, Recall@k = hits / |targets|, NDCG@k with binary
 * gains (DCG = Σ over hit ranks r of 1/log2(r + 2), divided by the DCG of min(k, |targets|) hits in front),
 * HitRate@k = share of users with at least one hit; catalog coverage = distinct items recommended / catalog size.
 */
@RequiredArgsConstructor
public final class RankingMetrics {

    private final int k;
    private final BitSet recommended = new BitSet();
    private double precision;
    private double recall;
    private double ndcg;
    private int hitUsers;
    private int users;

    /** Adds one user's list (item indexes, best first; only the first k count) against their targets. */
    public void add(List<Integer> ranked, int[] knownTargets, int targetCount) {
        BitSet targets = new BitSet();
        for (int t : knownTargets) {
            targets.set(t);
        }
        int hits = 0;
        double dcg = 0;
        for (int r = 0; r < Math.min(k, ranked.size()); r++) {
            recommended.set(ranked.get(r));
            if (targets.get(ranked.get(r))) {
                hits++;
                dcg += gain(r);
            }
        }
        double ideal = 0;
        for (int r = 0; r < Math.min(k, targetCount); r++) {
            ideal += gain(r);
        }
        precision += (double) hits / k;
        recall += targetCount == 0 ? 0 : (double) hits / targetCount;
        ndcg += ideal == 0 ? 0 : dcg / ideal;
        hitUsers += hits > 0 ? 1 : 0;
        users++;
    }

    private static double gain(int rank) {
        return 1 / (Math.log(rank + 2) / Math.log(2));
    }

    public double precision() {
        return users == 0 ? 0 : precision / users;
    }

    public double recall() {
        return users == 0 ? 0 : recall / users;
    }

    public double ndcg() {
        return users == 0 ? 0 : ndcg / users;
    }

    public double hitRate() {
        return users == 0 ? 0 : (double) hitUsers / users;
    }

    public double coverage(int catalogSize) {
        return catalogSize == 0 ? 0 : (double) recommended.cardinality() / catalogSize;
    }

    public int users() {
        return users;
    }
}
