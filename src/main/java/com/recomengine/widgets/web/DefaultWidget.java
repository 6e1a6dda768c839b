package com.recomengine.widgets.web;

import com.recomengine.widgets.WidgetLayout;
import com.recomengine.widgets.WidgetSpec;
import org.jspecify.annotations.Nullable;

/**
 * How the page would like a placement without a widget drawn (render's {@code layout}, {@code columns},
 * {@code limit} and {@code title} query parameters, validated at the web edge; the SDK sends its placement
 * attributes): the tenant's default widget (no theme, the tenant's default strategy, cards linked only by the
 * items' own URLs) in that shape.
 */
record DefaultWidget(
        @Nullable String layout,
        @Nullable Integer columns,
        @Nullable Integer limit,
        @Nullable String title) {

    WidgetSpec spec(String placementId) {
        WidgetSpec defaults = WidgetSpec.defaults(placementId);
        WidgetLayout shape = layout == null ? defaults.layout() : WidgetLayout.fromWire(layout);
        int cardsPerRow = columns != null ? columns : shape == WidgetLayout.LIST ? 1 : defaults.columns();
        return new WidgetSpec(
                placementId,
                title,
                shape,
                cardsPerRow,
                limit != null ? limit : defaults.maxItems(),
                defaults.showPrice(),
                defaults.ctaText(),
                defaults.theme(),
                defaults.strategy(),
                defaults.productUrlTemplate(),
                defaults.locale(),
                defaults.maxPerCategory(),
                defaults.rotation());
    }
}
