package com.recomengine.experiments.internal.stats;

import static com.recomengine.experiments.internal.stats.Reference.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * References: z from the pooled formula in reference_statistics.py; the p-value from
 * {@code scipy.stats.chi2_contingency(correction=False)} on the 2×2 table — a different route (Pearson's chi-square
 * of the table, equal to R's {@code prop.test(correct = FALSE)}) to the same p, whose statistic the script checks
 * equals z².
 */
class TwoProportionZTestTest {

    @Test
    void equalArmsTenPercentAgainstElevenPercent() {
        var test = TwoProportionZTest.of(new Proportion(1000, 10000), new Proportion(1100, 10000))
                .orElseThrow();
        assertClose(test.z(), 2.3066347738170103, 1e-13);
        assertClose(test.pValue(), 0.021075189273797777, 1e-11);
    }

    @Test
    void unequalArms() {
        var test = TwoProportionZTest.of(new Proportion(200, 5000), new Proportion(260, 5200))
                .orElseThrow();
        assertClose(test.z(), 2.4329230083972777, 1e-13);
        assertClose(test.pValue(), 0.014977485260820591, 1e-11);
    }

    @Test
    void clickThroughRatesOverImpressions() {
        var test = TwoProportionZTest.of(new Proportion(4876, 120000), new Proportion(5190, 121500))
                .orElseThrow();
        assertClose(test.z(), 2.5605033562427026, 1e-13);
        assertClose(test.pValue(), 0.010452065387755187, 1e-11);
    }

    @Test
    void aWorseVariantGivesANegativeZAndTheSameTwoSidedP() {
        var test = TwoProportionZTest.of(new Proportion(1100, 10000), new Proportion(1000, 10000))
                .orElseThrow();
        assertClose(test.z(), -2.3066347738170103, 1e-13);
        assertClose(test.pValue(), 0.021075189273797777, 1e-11);
    }

    @Test
    void nothingToTestWithoutTrialsOrWithoutVariation() {
        assertThat(TwoProportionZTest.of(new Proportion(0, 0), new Proportion(5, 100)))
                .isEmpty();
        assertThat(TwoProportionZTest.of(new Proportion(0, 100), new Proportion(0, 120)))
                .isEmpty();
        assertThat(TwoProportionZTest.of(new Proportion(100, 100), new Proportion(120, 120)))
                .isEmpty();
    }

    @Test
    void aProportionCannotExceedItsTrials() {
        assertThatThrownBy(() -> new Proportion(11, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Proportion(-1, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
