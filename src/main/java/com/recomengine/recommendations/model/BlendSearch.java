package com.recomengine.recommendations.model;

import com.recomengine.recommendations.model.eval.RankingMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;

/**
 * The search of {@link AutoStrategy}'s tuning: the best blend so far on the holdout, and the single strategies'
 * figures. A blend must keep {@value AutoStrategy#COVERAGE_KEPT} of the best single strategy's catalog coverage.
 */
@RequiredArgsConstructor
final class BlendSearch {

    private final List<Tuning.Score> singles = new ArrayList<>();
    private final int trainItems;
    private Blend best = Blend.DEFAULT;
    private @Nullable RankingMetrics bestMetrics;
    private double minCoverage;
    private int candidates;

    void singles(BlendCandidates scored, Blend base) {
        Duration window = AutoStrategy.WINDOWS.getLast();
        List<Blend> ones = List.of(
                new Blend(1, 0, 0, 0, window, 0, base.halfLife(), base.lambda()),
                new Blend(0, 1, 0, 0, window, 0, base.halfLife(), base.lambda()),
                new Blend(0, 0, 1, 0, window, 0, base.halfLife(), base.lambda()),
                new Blend(0, 0, 0, 1, window, 0, base.halfLife(), base.lambda()),
                new Blend(0, 0, 0, 0, window, 1, base.halfLife(), base.lambda()));
        for (Blend one : ones) {
            RankingMetrics metrics = scored.score(one);
            candidates++;
            singles.add(score(one.single(), metrics));
            if (bestMetrics == null || metrics.ndcg() > bestMetrics.ndcg()) {
                best = one;
                bestMetrics = metrics;
            }
        }
        minCoverage = AutoStrategy.COVERAGE_KEPT * bestMetrics.coverage(trainItems);
    }

    void weights(BlendCandidates scored, Blend collaborativeSettings) {
        Blend current = collaborativeSettings.withPersonal(1, 0, 0);
        current = generic(scored, current);
        for (double together : AutoStrategy.TOGETHER) {
            for (double content : AutoStrategy.CONTENT) {
                consider(scored, current.withPersonal(1, together, content));
            }
        }
        if (best.halfLife().equals(collaborativeSettings.halfLife())
                && best.lambda() == collaborativeSettings.lambda()
                && best.collaborative() > 0) {
            generic(scored, best);
        }
    }

    /** The best generic weights for the personal weights of {@code personal}; returns the best blend of them. */
    private Blend generic(BlendCandidates scored, Blend personal) {
        Blend local = personal.withGeneric(0, AutoStrategy.WINDOWS.getLast(), 0);
        double localNdcg = -1;
        for (double popular : AutoStrategy.POPULAR) {
            for (Duration window : popular == 0 ? List.of(AutoStrategy.WINDOWS.getLast()) : AutoStrategy.WINDOWS) {
                for (double trending : AutoStrategy.TRENDING) {
                    Blend blend = personal.withGeneric(popular, window, trending);
                    RankingMetrics metrics = consider(scored, blend);
                    if (metrics.coverage(trainItems) >= minCoverage && metrics.ndcg() > localNdcg) {
                        local = blend;
                        localNdcg = metrics.ndcg();
                    }
                }
            }
        }
        return local;
    }

    private RankingMetrics consider(BlendCandidates scored, Blend blend) {
        RankingMetrics metrics = scored.score(blend);
        candidates++;
        if (metrics.coverage(trainItems) >= minCoverage && metrics.ndcg() > bestMetrics.ndcg()) {
            best = blend;
            bestMetrics = metrics;
        }
        return metrics;
    }

    Blend best() {
        return best;
    }

    int candidates() {
        return candidates;
    }

    List<Tuning.Score> report() {
        List<Tuning.Score> rows = new ArrayList<>();
        rows.add(score(AutoStrategy.NAME, bestMetrics));
        rows.addAll(singles);
        return rows;
    }

    private Tuning.Score score(String label, RankingMetrics m) {
        return new Tuning.Score(label, m.ndcg(), m.precision(), m.recall(), m.hitRate(), m.coverage(trainItems));
    }
}
