package com.recomengine.dashboard.web;

import com.recomengine.recommendations.Rotation;
import com.recomengine.widgets.WidgetLayout;
import com.recomengine.widgets.WidgetSpec;
import com.recomengine.widgets.WidgetTheme;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A widget's whole configuration as the form edits it: every value as typed (empty means "not set"), checked with
 * the widget module's own patterns so that each wrong field gets its message.
 */
record WidgetForm(
        @Pattern(
                regexp = "(" + WidgetSpec.STRATEGY_PATTERN + ")?",
                message = "Choose a strategy or the tenant's default.")
        @Nullable
        String strategy,

        @Size(max = 120, message = "At most 120 characters.")
        @Pattern(regexp = WidgetSpec.PLAIN_TEXT_PATTERN, message = PLAIN)
        @Nullable
        String title,

        @Pattern(regexp = WidgetLayout.WIRE_PATTERN, message = "Choose grid, carousel or list.")
        String layout,

        @Pattern(regexp = "\\s*[1-6]\\s*", message = "Between 1 and 6.")
        String columns,

        @Pattern(regexp = "\\s*([1-9]|1[0-9]|2[0-4])\\s*", message = "Between 1 and 24.")
        String maxItems,

        @Nullable Boolean showPrice,

        @Size(max = 40, message = "At most 40 characters.")
        @Pattern(regexp = WidgetSpec.PLAIN_TEXT_PATTERN, message = PLAIN)
        @Nullable
        String ctaText,

        @Size(max = 2048, message = "At most 2048 characters.")
        @Pattern(
                regexp = "(" + WidgetSpec.URL_TEMPLATE_PATTERN + ")?",
                message = "An http(s) URL or a path starting with /, e.g. /products/{productId}.")
        @Nullable
        String productUrlTemplate,

        @Pattern(regexp = "(" + WidgetSpec.LOCALE_PATTERN + ")?", message = "A language tag such as en-GB.") @Nullable
        String locale,

        @Pattern(regexp = "\\s*([1-9]|1[0-9]|2[0-4])?\\s*", message = "Between 1 and 24, or empty for no cap.")
        @Nullable
        String maxPerCategory,

        @Pattern(
                regexp = "\\s*([1-9][0-9]?|[1-6][0-9]{2}|7[01][0-9]|720)?\\s*",
                message = "Between 1 and 720 hours, or empty for no rotation.")
        @Nullable
        String rotationHours,

        @Pattern(
                regexp = "\\s*(0?\\.[0-9]+|0\\.?|1(\\.0*)?)?\\s*",
                message = "A number from 0 to 1, e.g. 0.5, or empty for 0.5.")
        @Nullable
        String rotationStrength,

        @Colour @Nullable String background,

        @Colour @Nullable String surface,

        @Colour @Nullable String text,

        @Colour @Nullable String mutedText,

        @Colour @Nullable String accent,

        @Colour @Nullable String accentText,

        @Colour @Nullable String border,

        @Pattern(
                regexp = "(" + WidgetTheme.FONT_PATTERN + ")?",
                message = "Plain font names, e.g. Inter, system-ui, sans-serif.")
        @Nullable
        String font,

        @Pattern(regexp = "\\s*([0-9]|[12][0-9]|3[0-2])?\\s*", message = "Between 0 and 32 pixels, or empty.") @Nullable
        String radius) {

    static final String PLAIN = "Plain text without control characters.";
    static final List<String> LAYOUTS = List.of("grid", "carousel", "list");
    static final List<String> COLOURS =
            List.of("background", "surface", "text", "mutedText", "accent", "accentText", "border");

    static WidgetForm of(WidgetSpec spec) {
        WidgetTheme t = spec.theme();
        return new WidgetForm(
                spec.strategy(),
                spec.title(),
                spec.layout().wireName(),
                Integer.toString(spec.columns()),
                Integer.toString(spec.maxItems()),
                spec.showPrice(),
                spec.ctaText(),
                spec.productUrlTemplate(),
                spec.locale(),
                spec.maxPerCategory() == null ? "" : spec.maxPerCategory().toString(),
                spec.rotation() == null ? "" : Integer.toString(spec.rotation().hours()),
                spec.rotation() == null
                        ? ""
                        : java.math.BigDecimal.valueOf(spec.rotation().strength())
                                .stripTrailingZeros()
                                .toPlainString(),
                t.background(),
                t.surface(),
                t.text(),
                t.mutedText(),
                t.accent(),
                t.accentText(),
                t.border(),
                t.font(),
                t.radius() == null ? "" : t.radius().toString());
    }

    /** The widget: call only when the form has no errors. */
    WidgetSpec spec(String placementId) {
        WidgetTheme theme = new WidgetTheme(
                set(background),
                set(surface),
                set(text),
                set(mutedText),
                set(accent),
                set(accentText),
                set(border),
                set(font),
                set(radius) == null ? null : Integer.valueOf(radius.strip()));
        return new WidgetSpec(
                placementId,
                set(title),
                WidgetLayout.fromWire(layout),
                Integer.parseInt(columns.strip()),
                Integer.parseInt(maxItems.strip()),
                Boolean.TRUE.equals(showPrice),
                ctaText == null ? "" : ctaText,
                theme,
                set(strategy),
                set(productUrlTemplate),
                set(locale),
                set(maxPerCategory) == null ? null : Integer.valueOf(maxPerCategory.strip()),
                rotation());
    }

    /** The rotation when a window is set (the strength alone means nothing: it is then left out). */
    private @Nullable Rotation rotation() {
        if (set(rotationHours) == null) {
            return null;
        }
        String strength = set(rotationStrength);
        return new Rotation(
                Integer.parseInt(rotationHours.strip()),
                strength == null ? Rotation.DEFAULT_STRENGTH : Double.parseDouble(strength));
    }

    private static @Nullable String set(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
