package com.recomengine.recommendations.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.Locale;

/**
 * What {@code auto} serves: a weighted sum of the personal strategies scored through the shopper's history
 * ({@code collaborative}, {@code frequently_bought_together}, {@code content_based}), normalised so that the
 * shopper's best personal candidate scores 1, plus the generic lists ({@code popular}, {@code trending}),
 * normalised so that their top item scores 1. {@code halfLife} and {@code lambda} are the collaborative model's
 * settings. A single strategy is the blend with one weight and no others.
 */
public record Blend(
        double collaborative,
        double together,
        double content,
        double popular,
        Duration popularWindow,
        double trending,
        Duration halfLife,
        double lambda) {

    /**
     * The blend of tenants with too little history to hold any out: collaborative, a little of what is bought
     * together and of similar items, and recent popularity to fill and to break ties.
     */
    public static final Blend DEFAULT = new Blend(1, 0.1, 0.05, 0.2, Duration.ofDays(14), 0, Duration.ofDays(30), 500);

    public Blend {
        if (!(collaborative >= 0 && together >= 0 && content >= 0 && popular >= 0 && trending >= 0)) {
            throw new IllegalArgumentException("blend weights must not be negative");
        }
        if (collaborative + together + content + popular + trending <= 0) {
            throw new IllegalArgumentException("a blend needs at least one positive weight");
        }
        if (halfLife.isNegative() || halfLife.isZero() || !(lambda > 0)) {
            throw new IllegalArgumentException("invalid collaborative settings: " + halfLife + ", " + lambda);
        }
        if (popularWindow.isNegative() || popularWindow.isZero()) {
            throw new IllegalArgumentException("the popular window must be positive, was " + popularWindow);
        }
    }

    public boolean personal() {
        return collaborative > 0 || together > 0 || content > 0;
    }

    public Blend withGeneric(double popularWeight, Duration window, double trendingWeight) {
        return new Blend(collaborative, together, content, popularWeight, window, trendingWeight, halfLife, lambda);
    }

    public Blend withPersonal(double collaborativeWeight, double togetherWeight, double contentWeight) {
        return new Blend(
                collaborativeWeight, togetherWeight, contentWeight, popular, popularWindow, trending, halfLife, lambda);
    }

    public Blend withCollaborative(Duration decay, double penalty) {
        return new Blend(collaborative, together, content, popular, popularWindow, trending, decay, penalty);
    }

    /** The name of the one strategy this blend is, or null when it mixes several. */
    public @org.jspecify.annotations.Nullable String single() {
        int used = 0;
        String name = null;
        double[] weights = {collaborative, together, content, popular, trending};
        String[] names = {
            CollaborativeStrategy.NAME,
            FrequentlyBoughtTogetherStrategy.NAME,
            ContentBasedStrategy.NAME,
            PopularStrategy.NAME,
            TrendingStrategy.NAME
        };
        for (int w = 0; w < weights.length; w++) {
            if (weights[w] > 0) {
                used++;
                name = names[w];
            }
        }
        return used == 1 ? name : null;
    }

    /**
     * E.g. {@code collaborative 1 + frequently_bought_together 0.1 + popular 0.2 (14 d); collaborative half-life 30 d, λ 500}.
     */
    public String describe() {
        StringBuilder text = new StringBuilder();
        term(text, CollaborativeStrategy.NAME, collaborative);
        term(text, FrequentlyBoughtTogetherStrategy.NAME, together);
        term(text, ContentBasedStrategy.NAME, content);
        term(text, PopularStrategy.NAME, popular);
        if (popular > 0) {
            text.append(" (").append(popularWindow.toDays()).append(" d)");
        }
        term(text, TrendingStrategy.NAME, trending);
        if (collaborative > 0) {
            text.append(
                    String.format(Locale.ROOT, "; collaborative half-life %d d, λ %.0f", halfLife.toDays(), lambda));
        }
        return text.toString();
    }

    private static void term(StringBuilder text, String name, double weight) {
        if (weight > 0) {
            text.append(text.isEmpty() ? "" : " + ")
                    .append(name)
                    .append(' ')
                    .append(BigDecimal.valueOf(weight)
                            .round(new MathContext(3))
                            .stripTrailingZeros()
                            .toPlainString());
        }
    }
}
