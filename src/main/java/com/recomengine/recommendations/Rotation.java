package com.recomengine.recommendations;

import java.time.Duration;

/**
 * A placement's rotation: the products a shopper was shown there or anywhere else (their impressions) within the
 * last {@code hours} have their score multiplied by {@code 1 - strength}, so the list changes from one visit to
 * the next. At strength 1 a shown product comes after every product not shown (never repeated while others
 * remain); at 0 nothing moves.
 */
public record Rotation(int hours, double strength) {

    public static final int MAX_HOURS = 720;
    public static final double DEFAULT_STRENGTH = 0.5;

    public Rotation {
        if (hours < 1 || hours > MAX_HOURS) {
            throw new IllegalArgumentException("rotationHours must be 1-" + MAX_HOURS);
        }
        if (!(strength >= 0 && strength <= 1)) {
            throw new IllegalArgumentException("rotationStrength must be 0-1");
        }
    }

    /** The window's length. */
    public Duration window() {
        return Duration.ofHours(hours);
    }

    /** What a shown product's score is multiplied by (scores are positive, so it moves down or stays). */
    public double keep() {
        return 1 - strength;
    }
}
