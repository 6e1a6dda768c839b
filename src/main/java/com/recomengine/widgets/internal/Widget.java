package com.recomengine.widgets.internal;

import com.recomengine.recommendations.Rotation;
import com.recomengine.widgets.WidgetLayout;
import com.recomengine.widgets.WidgetSpec;
import com.recomengine.widgets.WidgetTheme;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "widgets")
class Widget {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false)
    private UUID tenantId;

    @Column(name = "placement_id", nullable = false)
    private String placementId;

    private @Nullable String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WidgetLayout layout;

    @Column(nullable = false)
    private int columns;

    @Column(name = "max_items", nullable = false)
    private int maxItems;

    @Column(name = "show_price", nullable = false)
    private boolean showPrice;

    @Column(name = "cta_text")
    private @Nullable String ctaText;

    private @Nullable String strategy;

    @Column(name = "product_url_template")
    private @Nullable String productUrlTemplate;

    private @Nullable String locale;

    @Column(name = "max_per_category")
    private @Nullable Integer maxPerCategory;

    @Column(name = "rotation_hours")
    private @Nullable Integer rotationHours;

    @Column(name = "rotation_strength")
    private @Nullable Double rotationStrength;

    @Column(name = "theme_background")
    private @Nullable String themeBackground;

    @Column(name = "theme_surface")
    private @Nullable String themeSurface;

    @Column(name = "theme_text")
    private @Nullable String themeText;

    @Column(name = "theme_muted_text")
    private @Nullable String themeMutedText;

    @Column(name = "theme_accent")
    private @Nullable String themeAccent;

    @Column(name = "theme_accent_text")
    private @Nullable String themeAccentText;

    @Column(name = "theme_border")
    private @Nullable String themeBorder;

    @Column(name = "theme_font")
    private @Nullable String themeFont;

    @Column(name = "theme_radius")
    private @Nullable Integer themeRadius;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
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

    long version() {
        return version;
    }

    UUID id() {
        return id;
    }

    String placementId() {
        return placementId;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
