package com.recomengine.recommendations.model;

import java.util.Optional;

/** What a shopper did with a product, as far as the models care; weighted by {@link FeedbackWeights}. */
public enum InteractionType {
    VIEW("view"),
    CLICK("click"),
    ADD_TO_CART("add_to_cart"),
    PURCHASE("purchase");

    private final String wireName;

    InteractionType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /**
     * The type of an event type name of the API; a {@code recommendation_click} is a click, and {@code impression}
     * (shown, not chosen) is no feedback at all.
     */
    public static Optional<InteractionType> fromEventType(String eventType) {
        if (eventType.equals("recommendation_click")) {
            return Optional.of(CLICK);
        }
        for (InteractionType type : values()) {
            if (type.wireName.equals(eventType)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
