package com.recomengine.events;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a shopper did. {@link #wireName()} is the {@code eventType} of the API and of the stored row. */
public enum InteractionType {
    VIEW("view", true),
    CLICK("click", true),
    ADD_TO_CART("add_to_cart", true),
    PURCHASE("purchase", true),
    IMPRESSION("impression", false),
    RECOMMENDATION_CLICK("recommendation_click", true);

    /** The wire names, comma separated, for messages. */
    public static final String WIRE_NAMES =
            Arrays.stream(values()).map(InteractionType::wireName).collect(Collectors.joining(", "));

    private final String wireName;
    private final boolean needsProduct;

    InteractionType(String wireName, boolean needsProduct) {
        this.wireName = wireName;
        this.needsProduct = needsProduct;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether an event of this type must name a {@code productId} (an impression may be of a whole widget). */
    public boolean needsProduct() {
        return needsProduct;
    }

    public static Optional<InteractionType> fromWire(String value) {
        for (InteractionType type : values()) {
            if (type.wireName.equals(value)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
