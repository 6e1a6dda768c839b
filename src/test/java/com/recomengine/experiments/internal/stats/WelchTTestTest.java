package com.recomengine.experiments.internal.stats;

import static com.recomengine.experiments.internal.stats.Reference.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WelchTTestTest {

    /**
     * NIST/SEMATECH e-Handbook of Statistical Methods, §1.3.5.3 "Two-Sample t-Test for Equal Means", the
     * AUTO83B.DAT example (miles per gallon, US cars n = 249, mean 20.14458, sd 6.41470; Japanese cars n = 79, mean
     * 30.48101, sd 6.10771), unequal variances: T = −12.94627 with ν = 136.8750. Our input is rebuilt from the
     * published (rounded) summary: sum = n·mean, sum of squares = (n − 1)s² + n·mean². The p-value is SciPy's
     * {@code ttest_ind_from_stats(equal_var=False)} on the same summary.
     */
    @Test
    void reproducesTheNistHandbookWelchExample() {
        // Our t is variant − control; the handbook's T is US − Japan, so Japan plays control here.
        var test = WelchTTest.of(summary(79, 30.48101, 6.10771), summary(249, 20.14458, 6.41470))
                .orElseThrow();
        assertClose(test.t(), -12.94627, 1e-6);
        assertClose(test.degreesOfFreedom(), 136.8750, 1e-6);
        assertClose(test.pValue(), 1.5709046154648375e-25, 1e-9);
    }

    /**
     * 400 and 380 generated per-user revenues (most of them 0), SciPy's {@code ttest_ind(variant, control,
     * equal_var=False)} on the raw values: t, its Welch–Satterthwaite df and p. We get only n, Σx and Σx², as the
     * metrics source provides them.
     */
    @Test
    void matchesScipyOnRawPerUserRevenue() {
        Sample control = new Sample(400, 4063.81, 285587.5025);
        Sample variant = new Sample(380, 5916.67, 542943.0818999999);
        var test = WelchTTest.of(control, variant).orElseThrow();
        assertClose(test.t(), 2.5061801105561674, 1e-11);
        assertClose(test.degreesOfFreedom(), 684.758421843902, 1e-11);
        assertClose(test.pValue(), 0.012435133439847826, 1e-10);
    }

    @Test
    void nothingToTestBelowTwoUsersPerArmOrWithoutAnyVariance() {
        assertThat(WelchTTest.of(new Sample(1, 5, 25), new Sample(10, 50, 400))).isEmpty();
        assertThat(WelchTTest.of(new Sample(10, 50, 250), new Sample(10, 70, 490)))
                .isEmpty();
    }

    @Test
    void oneConstantArmStillGivesATestWithTheOtherArmsDegreesOfFreedom() {
        var test = WelchTTest.of(new Sample(10, 0, 0), new Sample(21, 42, 284)).orElseThrow();
        assertClose(test.degreesOfFreedom(), 20, 1e-12);
    }

    private static Sample summary(long n, double mean, double sd) {
        return new Sample(n, n * mean, (n - 1) * sd * sd + n * mean * mean);
    }
}
