package com.recomengine.widgets.internal;

import com.recomengine.recommendations.Rotation;
import com.recomengine.widgets.WidgetLayout;
import com.recomengine.widgets.WidgetSpec;
import com.recomengine.widgets.WidgetTheme;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "widgets")
@Getter(AccessLevel.PACKAGE)
class Widget {

    @Id
    private UUID id;

    private UUID tenantId;
    private String placementId;
    private @Nullable String title;

    @Enumerated(EnumType.STRING)
    private WidgetLayout layout;

    private int columns;
    private int maxItems;
    private boolean showPrice;
    private @Nullable String ctaText;
    private @Nullable String strategy;
    private @Nullable String productUrlTemplate;
    private @Nullable String locale;
    private @Nullable Integer maxPerCategory;
    private @Nullable Integer rotationHours;
    private @Nullable Double rotationStrength;
    private @Nullable String themeBackground;
    private @Nullable String themeSurface;
    private @Nullable String themeText;
    private @Nullable String themeMutedText;
    private @Nullable String themeAccent;
    private @Nullable String themeAccentText;
    private @Nullable String themeBorder;
    private @Nullable String themeFont;
    private @Nullable Integer themeRadius;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Widget() {}

    Widget(UUID tenantId, WidgetSpec spec) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.placementId = spec.placementId();
        this.createdAt = now();
        replaceWith(spec);
    }

    /** The whole configuration becomes {@code spec}; the placement stays (it is the widget's identity). */
    void replaceWith(WidgetSpec spec) {
        if (!spec.placementId().equals(placementId)) {
            throw new IllegalStateException(
                    "Widget " + id + " is on placement " + placementId + ", not " + spec.placementId());
        }
        title = spec.title();
        layout = spec.layout();
        columns = spec.columns();
        maxItems = spec.maxItems();
        showPrice = spec.showPrice();
        ctaText = spec.ctaText();
        strategy = spec.strategy();
        productUrlTemplate = spec.productUrlTemplate();
        locale = spec.locale();
        maxPerCategory = spec.maxPerCategory();
        rotationHours = spec.rotation() == null ? null : spec.rotation().hours();
        rotationStrength = spec.rotation() == null ? null : spec.rotation().strength();
        WidgetTheme theme = spec.theme();
        themeBackground = theme.background();
        themeSurface = theme.surface();
        themeText = theme.text();
        themeMutedText = theme.mutedText();
        themeAccent = theme.accent();
        themeAccentText = theme.accentText();
        themeBorder = theme.border();
        themeFont = theme.font();
        themeRadius = theme.radius();
        updatedAt = now();
    }

    WidgetSpec spec() {
        return new WidgetSpec(
                placementId,
                title,
                layout,
                columns,
                maxItems,
                showPrice,
                ctaText,
                new WidgetTheme(
                        themeBackground,
                        themeSurface,
                        themeText,
                        themeMutedText,
                        themeAccent,
                        themeAccentText,
                        themeBorder,
                        themeFont,
                        themeRadius),
                strategy,
                productUrlTemplate,
                locale,
                maxPerCategory,
                rotationHours == null || rotationStrength == null
                        ? null
                        : new Rotation(rotationHours, rotationStrength));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
