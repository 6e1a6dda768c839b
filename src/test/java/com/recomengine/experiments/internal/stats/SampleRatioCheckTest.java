package com.recomengine.experiments.internal.stats;

import static com.recomengine.experiments.internal.stats.Reference.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Against {@code scipy.stats.chisquare(observed, f_exp)}. The first case also by hand: 5 200 / 4 800 of a planned
 * 50/50 gives χ² = 2 · 200² / 5 000 = 16, and P(χ²₁ ≥ 16) = erfc(√8) = 6.334e-5.
 */
class SampleRatioCheckTest {

    @Test
    void flagsAFourPercentPointSkewOnTenThousandUsers() {
        var check = SampleRatioCheck.of(5200, 4800, 0.5).orElseThrow();
        assertClose(check.chiSquare(), 16.0, 1e-14);
        assertClose(check.pValue(), 6.334248366623988e-05, 1e-12);
        assertThat(check.observedControlShare()).isEqualTo(0.52);
        assertThat(check.mismatch(0.001)).isTrue();
    }

    @Test
    void acceptsOrdinaryNoise() {
        var check = SampleRatioCheck.of(5030, 4970, 0.5).orElseThrow();
        assertClose(check.chiSquare(), 0.36, 1e-12);
        assertClose(check.pValue(), 0.5485062355001471, 1e-12);
        assertThat(check.mismatch(0.001)).isFalse();
    }

    @Test
    void usesThePlannedUnevenSplit() {
        var check = SampleRatioCheck.of(2100, 7900, 0.2).orElseThrow();
        assertClose(check.chiSquare(), 6.25, 1e-12);
        assertClose(check.pValue(), 0.01241933065155227, 1e-12);
        assertThat(check.mismatch(0.001)).isFalse();
    }

    @Test
    void anEmptyArmIsAnExtremeMismatch() {
        var check = SampleRatioCheck.of(1000, 0, 0.5).orElseThrow();
        assertClose(check.chiSquare(), 1000.0, 1e-14);
        assertClose(check.pValue(), 1.7958327848007363e-219, 1e-10);
    }

    @Test
    void nothingToCheckBeforeTheFirstUser() {
        assertThat(SampleRatioCheck.of(0, 0, 0.5)).isEmpty();
    }
}
