package com.recomengine.experiments.internal.stats;

import static com.recomengine.experiments.internal.stats.Reference.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Sample sizes are totals over both arms. References: R's documentation of {@code power.prop.test} (its example
 * {@code power.prop.test(p1 = .50, p2 = .75, power = .90)} answers n = 76.7 per group), Lehr's rule
 * n ≈ 16 σ²/δ² per group (van Belle, <i>Statistical Rules of Thumb</i>, 2nd ed. 2008, ch. 2; exactly
 * 2 (z_.975 + z_.8)² = 15.698), and reference_statistics.py, which also checks that each of its sizes gives
 * exactly the target power when put back into the power function.
 */
class SampleSizeTest {

    @Test
    void reproducesTheExampleOfRsPowerPropTest() {
        double total = SampleSize.forRate(0.5, 0.5, 0.5, 0.05, 0.9).orElseThrow();
        assertThat(total / 2).isCloseTo(76.7, within(0.05));
        assertClose(total, 153.4138569035549, 1e-12);
    }

    @Test
    void tenPercentBaselineAndFivePercentRelativeEffect() {
        assertClose(SampleSize.forRate(0.10, 0.05, 0.5, 0.05, 0.8).orElseThrow(), 115525.30290825854, 1e-12);
    }

    @Test
    void anUnevenSplitNeedsMoreUsers() {
        assertClose(SampleSize.forRate(0.03, 0.05, 0.2, 0.05, 0.8).orElseThrow(), 653450.9084353561, 1e-12);
    }

    @Test
    void meansFollowLehrsRule() {
        double total = SampleSize.forMean(12, 900, 0.05, 0.5, 0.05, 0.8).orElseThrow();
        assertClose(total, 78488.79734349086, 1e-12);
        double delta = 0.05 * 12;
        assertClose(total / 2, 15.697759468698177 * 900 / (delta * delta), 1e-12);
        assertClose(SampleSize.forMean(12, 900, 0.05, 0.3, 0.05, 0.8).orElseThrow(), 93439.04445653672, 1e-12);
    }

    @Test
    void noPlanWithoutABaseline() {
        assertThat(SampleSize.forRate(0, 0.05, 0.5, 0.05, 0.8)).isEmpty();
        assertThat(SampleSize.forRate(0.99, 0.05, 0.5, 0.05, 0.8)).isEmpty();
        assertThat(SampleSize.forMean(0, 100, 0.05, 0.5, 0.05, 0.8)).isEmpty();
        assertThat(SampleSize.forMean(10, 0, 0.05, 0.5, 0.05, 0.8)).isEmpty();
    }
}
