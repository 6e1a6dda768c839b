package com.recomengine.experiments.internal;

import com.recomengine.experiments.ExperimentResults;
import com.recomengine.experiments.ExperimentResults.Arm;
import com.recomengine.experiments.ExperimentResults.Comparison;
import com.recomengine.experiments.ExperimentResults.Comparisons;
import com.recomengine.experiments.ExperimentResults.Lift;
import com.recomengine.experiments.ExperimentResults.Power;
import com.recomengine.experiments.ExperimentResults.SampleRatio;
import com.recomengine.experiments.ExperimentTotals;
import com.recomengine.experiments.Variant;
import com.recomengine.experiments.VariantTotals;
import com.recomengine.experiments.internal.stats.MetricOutcome;
import com.recomengine.experiments.internal.stats.Proportion;
import com.recomengine.experiments.internal.stats.RelativeLift;
import com.recomengine.experiments.internal.stats.Sample;
import com.recomengine.experiments.internal.stats.SampleRatioCheck;
import com.recomengine.experiments.internal.stats.SampleSize;
import com.recomengine.experiments.internal.stats.TwoProportionZTest;
import com.recomengine.experiments.internal.stats.VerdictPolicy;
import com.recomengine.experiments.internal.stats.WelchTTest;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * Turns an experiment's per-arm totals into its results. Rates (CTR over impressions, conversion rate over users)
 * are compared with the two-proportion z-test, revenue per user with Welch's t-test; every lift interval is the
 * delta method's at 1 − α.
 */
record ExperimentAnalysis(ExperimentsProperties plan) {

    private static final String Z_TEST = "two_proportion_z";
    private static final String WELCH = "welch_t";

    ExperimentResults analyse(Experiment experiment, ExperimentTotals totals, Instant from, Instant to) {
        VariantTotals c = totals.control();
        VariantTotals v = totals.variant();
        Comparisons comparisons = new Comparisons(
                rates(Metric.CTR, c.clicks(), c.impressions(), v.clicks(), v.impressions()),
                rates(Metric.CONVERSION_RATE, c.conversions(), c.users(), v.conversions(), v.users()),
                means(sample(c), sample(v)));
        double controlShare = experiment.trafficSplit() / 100.0;
        Optional<SampleRatioCheck> srm = SampleRatioCheck.of(c.users(), v.users(), controlShare);
        VerdictPolicy.Decision decision = new VerdictPolicy(plan.alpha(), plan.srmThreshold())
                .decide(
                        srm.orElse(null),
                        outcome(comparisons, experiment.primaryMetric()),
                        experiment.guardrailMetric() == null
                                ? null
                                : outcome(comparisons, experiment.guardrailMetric()));
        return new ExperimentResults(
                experiment.id(),
                experiment.status().wireName(),
                experiment.primaryMetric().wireName(),
                experiment.guardrailMetric() == null
                        ? null
                        : experiment.guardrailMetric().wireName(),
                experiment.trafficSplit(),
                from,
                to,
                arm(experiment.strategyOf(Variant.CONTROL), c),
                arm(experiment.strategyOf(Variant.VARIANT), v),
                comparisons,
                sampleRatio(srm, controlShare),
                power(experiment.primaryMetric(), c, v, controlShare),
                decision.verdict().wireName(),
                decision.reason());
    }

    private Comparison rates(Metric metric, long successesC, long trialsC, long successesV, long trialsV) {
        double rateC = ratio(successesC, trialsC);
        double rateV = ratio(successesV, trialsV);
        // More clicks than impressions means the tracking lost impressions: show the rates, test nothing.
        if (successesC > trialsC || successesV > trialsV) {
            return new Comparison(
                    metric.wireName(), Z_TEST, rateC, rateV, rateV - rateC, null, null, null, null, false);
        }
        Proportion control = new Proportion(successesC, trialsC);
        Proportion variant = new Proportion(successesV, trialsV);
        Optional<TwoProportionZTest> test = TwoProportionZTest.of(control, variant);
        Double p = test.map(TwoProportionZTest::pValue).orElse(null);
        return new Comparison(
                metric.wireName(),
                Z_TEST,
                rateC,
                rateV,
                rateV - rateC,
                lift(RelativeLift.of(control, variant, 1 - plan.alpha())),
                test.map(TwoProportionZTest::z).orElse(null),
                null,
                p,
                significant(p));
    }

    private Comparison means(Sample control, Sample variant) {
        Optional<WelchTTest> test = WelchTTest.of(control, variant);
        Double p = test.map(WelchTTest::pValue).orElse(null);
        return new Comparison(
                Metric.REVENUE_PER_USER.wireName(),
                WELCH,
                control.mean(),
                variant.mean(),
                variant.mean() - control.mean(),
                lift(RelativeLift.of(control, variant, 1 - plan.alpha())),
                test.map(WelchTTest::t).orElse(null),
                test.map(WelchTTest::degreesOfFreedom).orElse(null),
                p,
                significant(p));
    }

    private Power power(Metric metric, VariantTotals c, VariantTotals v, double controlShare) {
        long users = c.users() + v.users();
        OptionalDouble needed;
        double baseline;
        switch (metric) {
            case CTR -> {
                baseline = ratio(c.clicks(), c.impressions());
                long impressions = c.impressions() + v.impressions();
                OptionalDouble impressionsNeeded = SampleSize.forRate(
                        baseline, plan.minimumDetectableEffect(), controlShare, plan.alpha(), plan.power());
                // The test counts impressions; users bring them at the rate seen so far.
                needed = impressionsNeeded.isPresent() && impressions > 0
                        ? OptionalDouble.of(impressionsNeeded.getAsDouble() * users / impressions)
                        : OptionalDouble.empty();
            }
            case CONVERSION_RATE -> {
                baseline = ratio(c.conversions(), c.users());
                needed = SampleSize.forRate(
                        baseline, plan.minimumDetectableEffect(), controlShare, plan.alpha(), plan.power());
            }
            case REVENUE_PER_USER -> {
                Sample control = sample(c);
                baseline = control.mean();
                needed = SampleSize.forMean(
                        baseline,
                        control.variance(),
                        plan.minimumDetectableEffect(),
                        controlShare,
                        plan.alpha(),
                        plan.power());
            }
            default -> throw new IllegalStateException("unknown metric " + metric);
        }
        Long usersNeeded = needed.isPresent() ? (long) Math.ceil(needed.getAsDouble()) : null;
        return new Power(
                metric.wireName(),
                plan.alpha(),
                plan.power(),
                plan.minimumDetectableEffect(),
                c.users() == 0 ? null : baseline,
                users,
                usersNeeded,
                usersNeeded == null ? null : Math.max(0, usersNeeded - users));
    }

    private SampleRatio sampleRatio(Optional<SampleRatioCheck> srm, double controlShare) {
        return srm.map(s -> new SampleRatio(
                        controlShare,
                        s.observedControlShare(),
                        s.chiSquare(),
                        s.pValue(),
                        plan.srmThreshold(),
                        s.mismatch(plan.srmThreshold())))
                .orElse(new SampleRatio(controlShare, null, null, null, plan.srmThreshold(), false));
    }

    private static MetricOutcome outcome(Comparisons comparisons, Metric metric) {
        Comparison comparison = switch (metric) {
            case CTR -> comparisons.ctr();
            case CONVERSION_RATE -> comparisons.conversionRate();
            case REVENUE_PER_USER -> comparisons.revenuePerUser();
        };
        return new MetricOutcome(metric.wireName(), comparison.pValue(), comparison.difference());
    }

    private static Arm arm(String strategy, VariantTotals t) {
        return new Arm(
                strategy,
                t.users(),
                t.impressions(),
                t.clicks(),
                ratio(t.clicks(), t.impressions()),
                t.conversions(),
                ratio(t.conversions(), t.users()),
                t.revenue(),
                t.users() == 0 ? 0 : t.revenue() / t.users());
    }

    private static Sample sample(VariantTotals t) {
        return new Sample(t.users(), t.revenue(), t.revenueSumOfSquares());
    }

    private static @Nullable Lift lift(Optional<RelativeLift> lift) {
        return lift.filter(l -> Double.isFinite(l.low()) && Double.isFinite(l.high()))
                .map(l -> new Lift(l.estimate(), l.low(), l.high(), l.confidence()))
                .orElse(null);
    }

    private boolean significant(@Nullable Double p) {
        return p != null && p < plan.alpha();
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
