package com.recomengine.recommendations.model;

import java.util.Optional;

/**
 * The feedback a model learns from, weighted by {@link FeedbackWeights}: the events module's interaction types
 * (what a shopper did) reduced to what the models care about. A {@code recommendation_click} counts as a click; an
 * {@code impression} (shown, not chosen) is no feedback.
 */
public enum FeedbackType {
    VIEW("view"),
    CLICK("click"),
    ADD_TO_CART("add_to_cart"),
    PURCHASE("purchase");

    private final String wireName;

    FeedbackType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The feedback of an event type name of the API, if it is feedback at all. */
    public static Optional<FeedbackType> fromEventType(String eventType) {
        if (eventType.equals("recommendation_click")) {
            return Optional.of(CLICK);
        }
        for (FeedbackType type : values()) {
            if (type.wireName.equals(eventType)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
