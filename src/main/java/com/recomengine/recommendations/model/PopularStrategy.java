package com.recomengine.recommendations.model;

import java.time.Duration;
import lombok.RequiredArgsConstructor;

/**
 * {@code popular}: the items most shoppers wanted over a recent window. Each (shopper, item) pair counts once,
 * with the weight of its strongest interaction type (no time decay inside the window), so a purchase counts more
 * than a view and one shopper's hundred views count as one. Also the popularity baseline of the offline
 * evaluation (window: all of the training data, purchases only).
 */
@RequiredArgsConstructor
public final class PopularStrategy implements ModelBuilder {

    public static final String NAME = "popular";

    public record Settings(FeedbackWeights feedback, Duration window) {

        public static final Settings DEFAULT = new Settings(FeedbackWeights.DEFAULT, Duration.ofDays(30));

        public Settings {
            if (window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("window must be positive, was " + window);
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
        return RankedItems.of(
                NAME,
                data.items(),
                WindowCounts.perShopper(
                        data, settings.feedback(), 0, settings.window().toMillis(), null));
    }
}
