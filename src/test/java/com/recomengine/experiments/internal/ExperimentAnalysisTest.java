package com.recomengine.experiments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.experiments.ExperimentTotals;
import com.recomengine.experiments.VariantTotals;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the results say when the data is thin or odd: nulls where nothing can be computed, never NaN. */
class ExperimentAnalysisTest {

    private final ExperimentAnalysis analysis =
            new ExperimentAnalysis(new ExperimentsProperties(Duration.ofMillis(500), 0.05, 0.8, 0.05, 0.001));
    private final Instant from = Instant.parse("2026-01-01T00:00:00Z");
    private final Instant to = Instant.parse("2026-01-08T00:00:00Z");

    @Test
    void noDataGivesZerosNullStatisticsAndAnInconclusiveVerdict() {
        var results = analysis.analyse(experiment(Metric.CONVERSION_RATE), ExperimentTotals.NONE, from, to);
        assertThat(results.control().ctr()).isZero();
        assertThat(results.control().revenuePerUser()).isZero();
        assertThat(results.comparisons().conversionRate().pValue()).isNull();
        assertThat(results.comparisons().conversionRate().relativeLift()).isNull();
        assertThat(results.comparisons().revenuePerUser().pValue()).isNull();
        assertThat(results.sampleRatio().pValue()).isNull();
        assertThat(results.sampleRatio().warning()).isFalse();
        assertThat(results.power().baseline()).isNull();
        assertThat(results.power().usersNeeded()).isNull();
        assertThat(results.verdict()).isEqualTo("inconclusive");
    }

    @Test
    void moreClicksThanImpressionsShowsTheRatesButTestsNothing() {
        var totals = new ExperimentTotals(
                new VariantTotals(100, 50, 60, 5, 100, 2000), new VariantTotals(100, 80, 20, 6, 120, 2500));
        var results = analysis.analyse(experiment(Metric.CTR), totals, from, to);
        assertThat(results.comparisons().ctr().control()).isEqualTo(1.2);
        assertThat(results.comparisons().ctr().pValue()).isNull();
        assertThat(results.comparisons().ctr().significant()).isFalse();
        assertThat(results.verdict()).isEqualTo("inconclusive");
        assertThat(results.comparisons().conversionRate().pValue()).isNotNull();
    }

    @Test
    void aFinishedSampleNeedsNoMoreUsers() {
        var totals = new ExperimentTotals(
                new VariantTotals(200_000, 0, 0, 20_000, 0, 0), new VariantTotals(200_000, 0, 0, 21_000, 0, 0));
        var results = analysis.analyse(experiment(Metric.CONVERSION_RATE), totals, from, to);
        assertThat(results.power().usersNeeded()).isEqualTo(115_526);
        assertThat(results.power().usersStillNeeded()).isZero();
        assertThat(results.verdict()).isEqualTo("variant_wins");
    }

    @Test
    void theWindowAndTheArmsStrategiesAreReported() {
        var results = analysis.analyse(experiment(Metric.REVENUE_PER_USER), ExperimentTotals.NONE, from, to);
        assertThat(results.from()).isEqualTo(from);
        assertThat(results.to()).isEqualTo(to);
        assertThat(results.control().strategy()).isEqualTo("popular");
        assertThat(results.variant().strategy()).isEqualTo("trending");
        assertThat(results.power().metric()).isEqualTo("revenue_per_user");
    }

    private static Experiment experiment(Metric primary) {
        return new Experiment(
                UUID.randomUUID(), new NewExperiment("x", "home", "popular", "trending", 50, primary, null, true));
    }
}
