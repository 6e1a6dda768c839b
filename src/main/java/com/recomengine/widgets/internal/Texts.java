package com.recomengine.widgets.internal;

import org.jspecify.annotations.Nullable;

/** Plain-text values cut to the lengths the SDUI schema allows, counted in code points as JSON Schema counts them. */
final class Texts {

    private Texts() {}

    /** The stripped text, cut to {@code max} code points with an ellipsis when longer; null when blank. */
    static @Nullable String cut(@Nullable String value, int max) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
    }
}
