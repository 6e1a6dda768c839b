package com.recomengine.widgets.web;

import com.recomengine.recommendations.Rotation;
import com.recomengine.shared.problem.Problems;
import com.recomengine.widgets.WidgetLayout;
import com.recomengine.widgets.WidgetSpec;
import com.recomengine.widgets.WidgetTheme;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A whole widget configuration as admins send it; absent fields take their defaults (grid, 4 columns, 8 items,
 * prices shown, a "View" button, no theme, the tenant's strategy). {@code ctaText: ""} means no button.
 */
record WidgetRequest(
        @Pattern(regexp = WidgetSpec.PLACEMENT_PATTERN, message = PLACEMENT_MESSAGE) @Nullable
        String placementId,

        @Size(max = 120) @Pattern(regexp = WidgetSpec.PLAIN_TEXT_PATTERN, message = PLAIN_TEXT) @Nullable
        String title,

        @Pattern(regexp = WidgetLayout.WIRE_PATTERN, message = "must be one of " + WidgetLayout.WIRE_PATTERN) @Nullable
        String layout,

        @Min(1) @Max(6) @Nullable Integer columns,
        @Min(1) @Max(24) @Nullable Integer maxItems,
        @Nullable Boolean showPrice,

        @Size(max = 40) @Pattern(regexp = WidgetSpec.PLAIN_TEXT_PATTERN, message = PLAIN_TEXT) @Nullable
        String ctaText,

        @Valid @Nullable ThemeRequest theme,

        @Pattern(regexp = WidgetSpec.STRATEGY_PATTERN, message = "must be one of " + WidgetSpec.STRATEGY_PATTERN)
        @Nullable
        String strategy,

        @Size(max = 2048)
        @Pattern(
                regexp = WidgetSpec.URL_TEMPLATE_PATTERN,
                message = "must be an http(s) URL or a path starting with /, e.g. /p/{productId}")
        @Nullable
        String productUrlTemplate,

        @Pattern(regexp = WidgetSpec.LOCALE_PATTERN, message = "must be a language tag such as en-GB") @Nullable
        String locale,

        @Schema(description = "diversity: at most this many items of one category in the list [no cap]")
        @Min(1)
        @Max(24)
        @Nullable
        Integer maxPerCategory,

        @Schema(
                description = "rotation: products this shopper was shown (impressions) within this many hours are "
                        + "demoted [no rotation]")
        @Min(1)
        @Max(Rotation.MAX_HOURS)
        @Nullable
        Integer rotationHours,

        @Schema(
                description = "rotation: a shown product's score is multiplied by 1 - rotationStrength; 1 never "
                        + "repeats one while others remain [0.5 when rotationHours is set]")
        @DecimalMin("0")
        @DecimalMax("1")
        @Nullable
        Double rotationStrength) {

    static final String PLACEMENT_MESSAGE =
            "must be 1-100 letters, digits, '_', '.', ':' or '-', starting with a letter or digit";
    static final String PLAIN_TEXT = "must be plain text without control characters";

    record ThemeRequest(
            @Pattern(regexp = WidgetTheme.COLOR_PATTERN, message = COLOR) @Nullable
            String background,

            @Pattern(regexp = WidgetTheme.COLOR_PATTERN, message = COLOR) @Nullable
            String surface,

            @Pattern(regexp = WidgetTheme.COLOR_PATTERN, message = COLOR) @Nullable
            String text,

            @Pattern(regexp = WidgetTheme.COLOR_PATTERN, message = COLOR) @Nullable
            String mutedText,

            @Pattern(regexp = WidgetTheme.COLOR_PATTERN, message = COLOR) @Nullable
            String accent,

            @Pattern(regexp = WidgetTheme.COLOR_PATTERN, message = COLOR) @Nullable
            String accentText,

            @Pattern(regexp = WidgetTheme.COLOR_PATTERN, message = COLOR) @Nullable
            String border,

            @Pattern(
                    regexp = "(?=.*\\S)" + WidgetTheme.FONT_PATTERN,
                    message = "must be a font-family list of plain names, e.g. \"Inter, system-ui, sans-serif\"")
            @Nullable
            String font,

            @Min(0) @Max(32) @Nullable Integer radius) {

        static final String COLOR = "must be a hex colour, #rgb or #rrggbb";

        WidgetTheme theme() {
            return new WidgetTheme(
                    background,
                    surface,
                    text,
                    mutedText,
                    accent,
                    accentText,
                    border,
                    font == null ? null : font.strip(),
                    radius);
        }
    }

    WidgetSpec spec(String placement) {
        return new WidgetSpec(
                placement,
                title,
                layout == null ? WidgetLayout.GRID : WidgetLayout.fromWire(layout),
                columns == null ? WidgetSpec.DEFAULT_COLUMNS : columns,
                maxItems == null ? WidgetSpec.DEFAULT_MAX_ITEMS : maxItems,
                showPrice == null || showPrice,
                ctaText == null ? WidgetSpec.DEFAULT_CTA : ctaText,
                theme == null ? WidgetTheme.NONE : theme.theme(),
                strategy,
                productUrlTemplate,
                locale,
                maxPerCategory,
                rotation());
    }

    private @Nullable Rotation rotation() {
        if (rotationHours == null) {
            if (rotationStrength != null) {
                throw Problems.invalid("rotationStrength", "needs rotationHours (the window it applies to)");
            }
            return null;
        }
        return new Rotation(rotationHours, rotationStrength == null ? Rotation.DEFAULT_STRENGTH : rotationStrength);
    }
}
