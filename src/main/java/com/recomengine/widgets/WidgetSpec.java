package com.recomengine.widgets;

import com.recomengine.recommendations.Rotation;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a widget is: its placement (unique within a tenant), an optional title, how cards are laid out, how many,
 * whether prices and a call to action show, the theme, and optionally the strategy the placement asks for (else
 * the tenant's default; a running experiment overrides both). {@code productUrlTemplate} (e.g.
 * {@code https://shop.example.com/p/{productId}} or {@code /p/{productId}}) links cards whose product has no URL;
 * {@code locale} (a BCP 47 tag such as {@code en-GB}) formats prices, else the shopper's browser language does.
 * {@code maxPerCategory} (diversity) caps how many items of one category the placement's list holds;
 * {@code rotation} demotes the products the shopper was shown lately (none when null).
 */
public record WidgetSpec(
        String placementId,
        @Nullable String title,
        WidgetLayout layout,
        int columns,
        int maxItems,
        boolean showPrice,
        @Nullable String ctaText,
        WidgetTheme theme,
        @Nullable String strategy,
        @Nullable String productUrlTemplate,
        @Nullable String locale,
        @Nullable Integer maxPerCategory,
        @Nullable Rotation rotation) {

    public static final String PLACEMENT_PATTERN = "[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}";
    public static final String STRATEGY_PATTERN =
            "auto|collaborative|content_based|trending|frequently_bought_together|popular";
    public static final String URL_TEMPLATE_PATTERN = "(?:https?://|/(?!/))\\S*";
    public static final String LOCALE_PATTERN = "[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}";
    public static final String PLAIN_TEXT_PATTERN = "[^\\p{Cntrl}]*";

    public static final int DEFAULT_COLUMNS = 4;
    public static final int DEFAULT_MAX_ITEMS = 8;
    public static final String DEFAULT_CTA = "View";

    private static final Pattern PLACEMENT = Pattern.compile(PLACEMENT_PATTERN);
    private static final Pattern STRATEGY = Pattern.compile(STRATEGY_PATTERN);
    private static final Pattern URL_TEMPLATE = Pattern.compile(URL_TEMPLATE_PATTERN);
    private static final Pattern LOCALE = Pattern.compile(LOCALE_PATTERN);
    private static final Pattern PLAIN_TEXT = Pattern.compile(PLAIN_TEXT_PATTERN);

    public WidgetSpec {
        Objects.requireNonNull(placementId, "placement id");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(theme, "theme");
        require(PLACEMENT.matcher(placementId).matches(), "placementId must match " + PLACEMENT_PATTERN);
        require(
                title == null
                        || title.length() <= 120 && PLAIN_TEXT.matcher(title).matches(),
                "title must be plain text of at most 120 characters");
        require(columns >= 1 && columns <= 6, "columns must be 1-6");
        require(maxItems >= 1 && maxItems <= 24, "maxItems must be 1-24");
        require(maxPerCategory == null || (maxPerCategory >= 1 && maxPerCategory <= 24), "maxPerCategory must be 1-24");
        require(
                ctaText == null
                        || ctaText.length() <= 40 && PLAIN_TEXT.matcher(ctaText).matches(),
                "ctaText must be plain text of at most 40 characters");
        require(
                strategy == null || STRATEGY.matcher(strategy).matches(),
                "strategy must be one of " + STRATEGY_PATTERN);
        require(
                productUrlTemplate == null
                        || productUrlTemplate.length() <= 2048
                                && URL_TEMPLATE.matcher(productUrlTemplate).matches(),
                "productUrlTemplate must be an http(s) URL or a path");
        require(locale == null || LOCALE.matcher(locale).matches(), "locale must be a BCP 47 tag such as en-GB");
        title = blankToNull(title);
        ctaText = blankToNull(ctaText);
    }

    /** A widget with the defaults: a grid of 8 cards in 4 columns, prices and a "View" button, no theme. */
    public static WidgetSpec defaults(String placementId) {
        return new WidgetSpec(
                placementId,
                null,
                WidgetLayout.GRID,
                DEFAULT_COLUMNS,
                DEFAULT_MAX_ITEMS,
                true,
                DEFAULT_CTA,
                WidgetTheme.NONE,
                null,
                null,
                null,
                null,
                null);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
