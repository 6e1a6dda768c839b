package com.recomengine.experiments;

/** The two arms of an experiment; on the wire (recommendation meta, events) as {@code control} / {@code variant}. */
public enum Variant {
    CONTROL,
    VARIANT;

    public String wireName() {
        return name().toLowerCase();
    }

    public static Variant fromWire(String value) {
        return switch (value) {
            case "control" -> CONTROL;
            case "variant" -> VARIANT;
            default -> throw new IllegalArgumentException("variant must be control or variant, was " + value);
        };
    }
}
