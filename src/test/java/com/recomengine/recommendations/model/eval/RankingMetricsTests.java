package com.recomengine.recommendations.model.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankingMetricsTests {

    @Test
    void computesTheTopTenMetricsByHand() {
        RankingMetrics metrics = new RankingMetrics(10);

        // hits at ranks 1 and 3 (0-based) of 3 targets: DCG = 1/log2(3) + 1/log2(5) = 0.630930 + 0.430677,
        // ideal DCG = 1 + 1/log2(3) + 1/log2(4) = 2.130930, NDCG = 0.498189
        metrics.add(List.of(10, 1, 11, 2), new int[] {1, 2, 3}, 3);
        // no hit; one of its two targets is unknown to the catalog
        metrics.add(List.of(12, 13), new int[] {4}, 2);

        assertThat(metrics.users()).isEqualTo(2);
        assertThat(metrics.precision()).isCloseTo((0.2 + 0) / 2, within(1e-12));
        assertThat(metrics.recall()).isCloseTo((2 / 3.0 + 0) / 2, within(1e-12));
        assertThat(metrics.ndcg()).isCloseTo(0.498189 / 2, within(1e-6));
        assertThat(metrics.hitRate()).isEqualTo(0.5);
        assertThat(metrics.coverage(12)).isEqualTo(6 / 12.0);
    }

    @Test
    void aPerfectListScoresOneEvenWithMoreTargetsThanSlots() {
        RankingMetrics metrics = new RankingMetrics(2);

        metrics.add(List.of(1, 2, 3), new int[] {1, 2, 3}, 3);

        assertThat(metrics.ndcg()).isCloseTo(1.0, within(1e-12));
        assertThat(metrics.precision()).isEqualTo(1.0);
        assertThat(metrics.recall()).isCloseTo(2 / 3.0, within(1e-12));
    }
}
