package com.recomengine.experiments.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerdictPolicyTest {

    private final VerdictPolicy policy = new VerdictPolicy(0.05, 0.001);
    private final SampleRatioCheck balanced =
            SampleRatioCheck.of(5030, 4970, 0.5).orElseThrow();

    @Test
    void aSignificantlyBetterVariantWins() {
        var decision = policy.decide(balanced, new MetricOutcome("conversion_rate", 0.021, 0.01), null);
        assertThat(decision.verdict()).isEqualTo(Verdict.VARIANT_WINS);
        assertThat(decision.reason()).contains("conversion_rate", "0.0210");
    }

    @Test
    void aSignificantlyBetterControlWins() {
        assertThat(policy.decide(balanced, new MetricOutcome("ctr", 0.001, -0.002), null)
                        .verdict())
                .isEqualTo(Verdict.CONTROL_WINS);
    }

    @Test
    void noSignificanceIsInconclusive() {
        assertThat(policy.decide(balanced, new MetricOutcome("ctr", 0.05, 0.01), null)
                        .verdict())
                .isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(policy.decide(balanced, new MetricOutcome("ctr", null, 0), null)
                        .verdict())
                .isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(policy.decide(null, new MetricOutcome("ctr", null, 0), null).verdict())
                .isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void aSampleRatioMismatchOverridesEvenASignificantWin() {
        var skewed = SampleRatioCheck.of(5200, 4800, 0.5).orElseThrow();
        var decision = policy.decide(skewed, new MetricOutcome("ctr", 1e-9, 0.01), null);
        assertThat(decision.verdict()).isEqualTo(Verdict.SRM_WARNING);
        assertThat(decision.reason()).contains("52.00 %", "50.00 %");
    }

    @Test
    void aVariantThatHarmsTheGuardrailDoesNotWin() {
        var decision = policy.decide(
                balanced, new MetricOutcome("ctr", 0.001, 0.01), new MetricOutcome("revenue_per_user", 0.01, -1.5));
        assertThat(decision.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(decision.reason()).contains("guardrail revenue_per_user");
        assertThat(policy.decide(
                                balanced,
                                new MetricOutcome("ctr", 0.001, 0.01),
                                new MetricOutcome("revenue_per_user", 0.3, -1.5))
                        .verdict())
                .isEqualTo(Verdict.VARIANT_WINS);
        assertThat(policy.decide(
                                balanced,
                                new MetricOutcome("ctr", 0.001, 0.01),
                                new MetricOutcome("revenue_per_user", 0.01, 1.5))
                        .verdict())
                .isEqualTo(Verdict.VARIANT_WINS);
    }

    @Test
    void verdictsUseTheWireNamesOfTheApi() {
        assertThat(Verdict.VARIANT_WINS.wireName()).isEqualTo("variant_wins");
        assertThat(Verdict.SRM_WARNING.wireName()).isEqualTo("srm_warning");
    }
}
