package com.recomengine.widgets;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A widget's design tokens, each optional (clients fall back to their own defaults): hex colours {@code #rgb} or
 * {@code #rrggbb}, a CSS font-family list of plain names, a corner radius of 0–32 px. The rules are those of the SDUI
 * schema, so that no value can carry CSS or markup into a shop page.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WidgetTheme(
        @Nullable String background,
        @Nullable String surface,
        @Nullable String text,
        @Nullable String mutedText,
        @Nullable String accent,
        @Nullable String accentText,
        @Nullable String border,
        @Nullable String font,
        @Nullable Integer radius) {

    public static final String COLOR_PATTERN = "#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})";
    public static final String FONT_PATTERN = "[A-Za-z0-9_ ,.'\"-]{1,120}";
    public static final WidgetTheme NONE = new WidgetTheme(null, null, null, null, null, null, null, null, null);

    private static final Pattern COLOR = Pattern.compile(COLOR_PATTERN);
    private static final Pattern FONT = Pattern.compile(FONT_PATTERN);

    public WidgetTheme {
        for (String colour : new String[] {background, surface, text, mutedText, accent, accentText, border}) {
            if (colour != null && !COLOR.matcher(colour).matches()) {
                throw new IllegalArgumentException("theme colours must be #rgb or #rrggbb, was " + colour);
            }
        }
        if (font != null && (!FONT.matcher(font).matches() || font.isBlank())) {
            throw new IllegalArgumentException("theme font must be a list of plain font names, was " + font);
        }
        if (radius != null && (radius < 0 || radius > 32)) {
            throw new IllegalArgumentException("theme radius must be 0-32, was " + radius);
        }
    }
}
