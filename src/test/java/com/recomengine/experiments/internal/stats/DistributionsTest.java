package com.recomengine.experiments.internal.stats;

import static com.recomengine.experiments.internal.stats.Reference.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The distribution functions against published tables (NIST/SEMATECH e-Handbook of Statistical Methods, §1.3.6.7:
 * normal, t and chi-square critical values) and, to full precision, against SciPy and mpmath (40 digits) values
 * printed by reference_statistics.py.
 */
class DistributionsTest {

    @Test
    void normalCdfMatchesTheTableAndScipyIncludingTheFarTail() {
        // NIST Table 1.3.6.7.1: Φ(1.96) = 0.97500.
        assertThat(Distributions.normalCdf(1.96)).isCloseTo(0.97500, within(5e-6));
        assertClose(Distributions.normalCdf(1.96), 0.9750021048517795, 1e-14);
        assertClose(Distributions.normalCdf(-1.96), 0.024997895148220435, 1e-13);
        assertClose(Distributions.normalCdf(-8.0), 6.22096057427174e-16, 1e-12);
        assertThat(Distributions.normalCdf(0)).isEqualTo(0.5);
    }

    @Test
    void twoSidedNormalPValueKeepsItsPrecisionFarOut() {
        assertClose(Distributions.normalTwoSided(1.96), 0.04999579029644087, 1e-13);
        assertClose(Distributions.normalTwoSided(-1.96), 0.04999579029644087, 1e-13);
        assertClose(Distributions.normalTwoSided(10.0), 1.523970604832094e-23, 1e-12);
    }

    @Test
    void normalQuantileIsExactToDoublePrecision() {
        // NIST Table 1.3.6.7.1 critical values: z(0.975) = 1.960, z(0.80) = 0.842 (to 3 decimals).
        assertThat(Distributions.normalQuantile(0.975)).isCloseTo(1.960, within(5e-4));
        assertClose(Distributions.normalQuantile(0.975), 1.959963984540054, 1e-14);
        assertClose(Distributions.normalQuantile(0.8), 0.8416212335729143, 1e-14);
        assertClose(Distributions.normalQuantile(0.9), 1.2815515655446004, 1e-14);
        assertClose(Distributions.normalQuantile(1e-10), -6.361340902404056, 1e-13);
        assertClose(Distributions.normalQuantile(0.999999), 4.753424308817087, 1e-10);
        assertThat(Distributions.normalQuantile(0.5)).isCloseTo(0, within(1e-15));
        assertThatThrownBy(() -> Distributions.normalQuantile(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void studentTailMatchesTheTableAndMpmathForIntegerAndRealDegreesOfFreedom() {
        // NIST Table 1.3.6.7.2: t(0.975; 10) = 2.228, t(0.975; 1) = 12.706, t(0.975; 30) = 2.042 — each leaves 5 %
        // in the two tails, to the table's three decimals.
        assertThat(Distributions.studentTwoSided(2.228, 10)).isCloseTo(0.05, within(1e-4));
        assertClose(Distributions.studentTwoSided(2.228, 10), 0.05001177181711137, 1e-12);
        assertClose(Distributions.studentTwoSided(12.706, 1), 0.05000080235813319, 1e-12);
        assertClose(Distributions.studentTwoSided(2.042, 30), 0.0500286706561979, 1e-12);
        assertClose(Distributions.studentTwoSided(1.5, 3.7), 0.21359816920201352, 1e-12);
        assertClose(Distributions.studentTwoSided(0.5, 2.5), 0.6576979198697147, 1e-12);
        assertClose(Distributions.studentTwoSided(40.0, 5), 1.8411962171772954e-07, 1e-11);
        assertClose(Distributions.studentTwoSided(-12.94627, 136.875), 1.5708802614756713e-25, 1e-9);
        // A million degrees of freedom, as in a large experiment: ln Γ is large there, so 1e-8 is the promise.
        assertClose(Distributions.studentTwoSided(3.0, 1e6), 0.002699862541421797, 1e-8);
    }

    @Test
    void studentCdfIsSymmetric() {
        assertClose(Distributions.studentCdf(2.228, 10) + Distributions.studentCdf(-2.228, 10), 1, 1e-15);
        assertClose(Distributions.studentCdf(-2.228, 10), 0.05001177181711137 / 2, 1e-12);
    }

    @Test
    void chiSquareTailMatchesTheTableAndScipy() {
        // NIST Table 1.3.6.7.4: χ²(0.999; 1) = 10.828, χ²(0.95; 1) = 3.841, χ²(0.95; 2) = 5.991.
        assertThat(Distributions.chiSquareUpperTail(10.828, 1)).isCloseTo(0.001, within(1e-6));
        assertClose(Distributions.chiSquareUpperTail(10.828, 1), 0.0009997657195830916, 1e-12);
        assertClose(Distributions.chiSquareUpperTail(3.841, 1), 0.050013683763956804, 1e-12);
        assertClose(Distributions.chiSquareUpperTail(5.991, 2), 0.05001161502657909, 1e-12);
        assertClose(Distributions.chiSquareUpperTail(16.0, 1), 6.334248366623988e-05, 1e-12);
        assertClose(Distributions.chiSquareUpperTail(100.0, 1), 1.5239706048320995e-23, 1e-12);
        assertThat(Distributions.chiSquareUpperTail(0, 1)).isEqualTo(1);
    }
}
