package com.recomengine.analytics;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What top products are ranked by; {@link #wireName()} is the {@code metric} query parameter. */
public enum ProductMetric {
    VIEWS,
    IMPRESSIONS,
    CLICKS,
    ADD_TO_CARTS,
    CONVERSIONS,
    REVENUE,
    RECOMMENDATION_CONVERSIONS,
    RECOMMENDATION_REVENUE;

    public static final String WIRE_NAMES =
            Arrays.stream(values()).map(ProductMetric::wireName).collect(Collectors.joining(", "));

    public String wireName() {
        return name().toLowerCase();
    }

    public static Optional<ProductMetric> fromWire(String value) {
        return Arrays.stream(values()).filter(m -> m.wireName().equals(value)).findFirst();
    }
}
