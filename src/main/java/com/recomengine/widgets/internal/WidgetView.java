package com.recomengine.widgets.internal;

import com.recomengine.widgets.WidgetSpec;
import com.recomengine.widgets.WidgetTheme;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A widget configuration as the admin API and the key-authenticated config endpoint show it. */
public record WidgetView(
        UUID id,
        String placementId,
        @Nullable String title,
        String layout,
        int columns,
        int maxItems,
        boolean showPrice,
        @Nullable String ctaText,
        WidgetTheme theme,
        @Nullable String strategy,
        @Nullable String productUrlTemplate,
        @Nullable String locale,
        @Nullable Integer maxPerCategory,
        @Nullable Integer rotationHours,
        @Nullable Double rotationStrength,
        Instant createdAt,
        Instant updatedAt) {

    static WidgetView of(Widget widget) {
        WidgetSpec s = widget.spec();
        return new WidgetView(
                widget.id(),
                s.placementId(),
                s.title(),
                s.layout().wireName(),
                s.columns(),
                s.maxItems(),
                s.showPrice(),
                s.ctaText(),
                s.theme(),
                s.strategy(),
                s.productUrlTemplate(),
                s.locale(),
                s.maxPerCategory(),
                s.rotation() == null ? null : s.rotation().hours(),
                s.rotation() == null ? null : s.rotation().strength(),
                widget.createdAt(),
                widget.updatedAt());
    }
}
