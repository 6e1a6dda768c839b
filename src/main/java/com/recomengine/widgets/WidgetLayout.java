package com.recomengine.widgets;

import java.util.Locale;

/** How a widget arranges its cards; on the wire (config, SDUI document) as {@code grid}, {@code carousel}, {@code list}. */
public enum WidgetLayout {
    GRID,
    CAROUSEL,
    LIST;

    public static final String WIRE_PATTERN = "grid|carousel|list";

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static WidgetLayout fromWire(String value) {
        return switch (value) {
            case "grid" -> GRID;
            case "carousel" -> CAROUSEL;
            case "list" -> LIST;
            default -> throw new IllegalArgumentException("layout must be one of " + WIRE_PATTERN + ", was " + value);
        };
    }
}
