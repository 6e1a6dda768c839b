package com.recomengine.recommendations.model;

import java.time.Duration;

/**
 * How much one interaction says about a shopper's taste: a weight per type (a purchase says most) times an
 * exponential decay in its age, halving every {@code halfLife}. A (user, product) pair keeps the strongest of its
 * interactions, not their sum: repeated views of one product are one signal, not a hundred, and on the real data
 * the maximum beats the sum and its logarithm by 0.01–0.02 NDCG@10 (docs/recommendations-model.md).
 *
 * <p>Defaults: view 0.2, click 0.4, add to cart 0.7, purchase 1.0, half-life 30 days (the best of 21–180 days
 * on the evaluation; 30 and 45 days differ by 0.002).
 */
public record FeedbackWeights(double view, double click, double addToCart, double purchase, Duration halfLife) {

    public static final FeedbackWeights DEFAULT = new FeedbackWeights(0.2, 0.4, 0.7, 1.0, Duration.ofDays(30));

    public FeedbackWeights {
        if (!(view >= 0 && click >= 0 && addToCart >= 0 && purchase >= 0)) {
            throw new IllegalArgumentException("feedback weights must not be negative");
        }
        if (halfLife.isNegative() || halfLife.isZero()) {
            throw new IllegalArgumentException("half-life must be positive, was " + halfLife);
        }
    }

    public FeedbackWeights withHalfLife(Duration halfLife) {
        return new FeedbackWeights(view, click, addToCart, purchase, halfLife);
    }

    public double base(FeedbackType type) {
        return switch (type) {
            case VIEW -> view;
            case CLICK -> click;
            case ADD_TO_CART -> addToCart;
            case PURCHASE -> purchase;
        };
    }

    /** The type's weight decayed over {@code ageMillis} (an interaction from the future counts as new). */
    public double weight(FeedbackType type, long ageMillis) {
        return base(type) * Math.pow(0.5, Math.max(0, ageMillis) / (double) halfLife.toMillis());
    }
}
