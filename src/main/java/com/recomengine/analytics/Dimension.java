package com.recomengine.analytics;

import java.util.Arrays;
import java.util.Optional;

/** What a breakdown groups by: the placement, strategy or experiment arm named in the events' metadata. */
public enum Dimension {
    PLACEMENT,
    STRATEGY,
    VARIANT;

    public static final String WIRE_NAMES = "placement, strategy, variant";

    public String wireName() {
        return name().toLowerCase();
    }

    public static Optional<Dimension> fromWire(String value) {
        return Arrays.stream(values()).filter(d -> d.wireName().equals(value)).findFirst();
    }
}
