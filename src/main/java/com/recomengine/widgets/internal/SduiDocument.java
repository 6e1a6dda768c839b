package com.recomengine.widgets.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The server-driven UI document of {@code GET /api/v1/widgets/{placementId}/render}, exactly as
 * {@code sdk-js/sdui.schema.json} (version 1) describes it: a container of product cards that the SDK and native
 * apps draw. Every string is plain text and every URL absolute http(s).
 */
public record SduiDocument(
        int schemaVersion,
        String placementId,
        String recommendationId,
        String strategy,
        @Nullable String variant,
        @Nullable String experimentId,
        Container root) {

    public static final int SCHEMA_VERSION = 1;

    public record Container(
            String type,
            String layout,
            int columns,
            @Nullable String title,
            Style style,
            List<Card> children) {}

    public record Style(Tokens tokens) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Tokens(
            @Nullable String background,
            @Nullable String surface,
            @Nullable String text,
            @Nullable String mutedText,
            @Nullable String accent,
            @Nullable String accentText,
            @Nullable String border,
            @Nullable String font,
            @Nullable Integer radius) {}

    public record Card(
            String type,
            String productId,
            String title,
            @Nullable String imageUrl,
            @Nullable String url,
            @Nullable Price price,
            @Nullable String badge,
            @Nullable Cta cta,
            Fallback fallback,
            Tracking tracking) {}

    /** What to draw in the image's box when there is no image or it fails: {@code text} in white on the colour. */
    public record Fallback(String text, String background) {}

    public record Price(BigDecimal amount, String currency, String display) {}

    public record Cta(String text, Action action) {}

    public record Action(String type, String url) {}

    public record Tracking(int position, String recommendationId) {}
}
