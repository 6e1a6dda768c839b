package com.recomengine.recommendations.model;

import java.time.Duration;
import lombok.RequiredArgsConstructor;

/**
 * {@code trending}: items moving faster now than their usual pace. R is the decayed weight of the last {@code
 * recentWindow} (each shopper once per item, halving every {@code recentHalfLife}); E is what R would be had the
 * item kept the pace of the {@code baselineWindow} before (its weight there, scaled to the recent window and to
 * the decay's average over it). The score is (R − E) / √(E + 1): a Poisson-style surprise, so a steady bestseller
 * does not trend, and an item needs a recent weight (undecayed) of {@code minRecentWeight} to trend at all: by
 * default more than one purchase, so one shopper alone does not make a trend.
 */
@RequiredArgsConstructor
public final class TrendingStrategy implements ModelBuilder {

    public static final String NAME = "trending";

    public record Settings(
            FeedbackWeights feedback,
            Duration recentWindow,
            Duration baselineWindow,
            Duration recentHalfLife,
            double minRecentWeight) {

        public static final Settings DEFAULT = new Settings(
                FeedbackWeights.DEFAULT, Duration.ofHours(24), Duration.ofDays(7), Duration.ofHours(12), 1.5);

        public Settings {
            if (recentWindow.isNegative()
                    || recentWindow.isZero()
                    || baselineWindow.isNegative()
                    || baselineWindow.isZero()
                    || recentHalfLife.isNegative()
                    || recentHalfLife.isZero()) {
                throw new IllegalArgumentException("trending windows and half-life must be positive");
            }
        }
    }

    private final Settings settings;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RankedItems build(InteractionData data) {
        long recent = settings.recentWindow().toMillis();
        long baseline = settings.baselineWindow().toMillis();
        double[] now = WindowCounts.perShopper(data, settings.feedback(), 0, recent, settings.recentHalfLife());
        double[] undecayed = WindowCounts.perShopper(data, settings.feedback(), 0, recent, null);
        double[] before = WindowCounts.perShopper(data, settings.feedback(), recent, recent + baseline, null);
        double pace = (double) recent / baseline * averageDecay();
        double[] scores = new double[now.length];
        for (int i = 0; i < now.length; i++) {
            double expected = before[i] * pace;
            if (undecayed[i] >= settings.minRecentWeight()) {
                scores[i] = (now[i] - expected) / Math.sqrt(expected + 1);
            }
        }
        return RankedItems.of(NAME, data.items(), scores);
    }

    /** The mean of 2^(−age/h) over ages uniform in the recent window. */
    private double averageDecay() {
        double window = settings.recentWindow().toMillis();
        double h = settings.recentHalfLife().toMillis();
        return h / (window * Math.log(2)) * (1 - Math.pow(0.5, window / h));
    }
}
