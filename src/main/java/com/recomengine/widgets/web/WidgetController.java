package com.recomengine.widgets.web;

import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.Problems;
import com.recomengine.shared.security.Authenticated;
import com.recomengine.shared.security.KeyRoute;
import com.recomengine.shared.security.KeyScope;
import com.recomengine.widgets.WidgetLayout;
import com.recomengine.widgets.WidgetSpec;
import com.recomengine.widgets.internal.PublishedWidget;
import com.recomengine.widgets.internal.PublishedWidgets;
import com.recomengine.widgets.internal.RenderRequest;
import com.recomengine.widgets.internal.SduiDocument;
import com.recomengine.widgets.internal.WidgetRenderer;
import com.recomengine.widgets.internal.WidgetView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the SDK and native apps read with a publishable or read key: a placement's configuration (cacheable, with
 * an ETag) and its server-driven UI document, always of the key's own tenant.
 */
@RestController
@KeyRoute(KeyScope.WIDGETS_READ)
@RequestMapping("/api/v1/widgets")
@Tag(name = "Widgets", description = "How each placement of a store draws its recommendations")
class WidgetController {

    /** A merchant's user or product id, or the SDK's anonymous id: 1–256 printable characters (SPEC 4b). */
    static final String ID = "[^\\p{Cntrl}]{1,256}";

    static final String ID_MESSAGE = "must be 1-256 printable characters";

    private final PublishedWidgets published;
    private final WidgetRenderer renderer;
    private final CacheControl clientCache;

    WidgetController(PublishedWidgets published, WidgetRenderer renderer) {
        this.published = published;
        this.renderer = renderer;
        this.clientCache = published.clientCacheControl();
    }

    @GetMapping("/{placementId}")
    @Operation(
            summary = "The placement's widget configuration; send If-None-Match with the ETag to get 304",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            schema = @Schema(implementation = WidgetView.class))))
    ResponseEntity<byte[]> config(
            @PathVariable @Pattern(regexp = WidgetSpec.PLACEMENT_PATTERN, message = WidgetRequest.PLACEMENT_MESSAGE)
                    String placementId) {
        PublishedWidget widget = found(placementId);
        // The URL is the same for every tenant: shared caches must key on the credentials as well.
        return ResponseEntity.ok()
                .eTag(widget.etag())
                .cacheControl(clientCache)
                .varyBy(HttpHeaders.ORIGIN, "X-API-Key", HttpHeaders.AUTHORIZATION)
                .contentType(MediaType.APPLICATION_JSON)
                .body(widget.json());
    }

    @GetMapping("/{placementId}/render")
    @Operation(
            summary = "The placement's server-driven UI document (sdk-js/sdui.schema.json): a container of "
                    + "product cards built from the widget and the shopper's recommendations. A placement without a "
                    + "widget gets the tenant's default widget (grid of 8 in 4 columns, tenant's default strategy), "
                    + "shaped by layout, columns, limit and title when given; those four are ignored when the placement "
                    + "has a widget")
    ResponseEntity<SduiDocument> render(
            @PathVariable @Pattern(regexp = WidgetSpec.PLACEMENT_PATTERN, message = WidgetRequest.PLACEMENT_MESSAGE)
                    String placementId,
            @RequestParam(required = false) @Pattern(regexp = ID, message = ID_MESSAGE) @Nullable String userId,
            @RequestParam(required = false) @Pattern(regexp = ID, message = ID_MESSAGE) @Nullable String productId,
            @RequestParam(required = false) @Pattern(regexp = ID, message = ID_MESSAGE) @Nullable String assignmentId,
            @RequestParam(required = false)
                    @Pattern(
                            regexp = WidgetLayout.WIRE_PATTERN,
                            message = "must be one of " + WidgetLayout.WIRE_PATTERN)
                    @Nullable
                    String layout,
            @RequestParam(required = false) @Min(1) @Max(6) @Nullable Integer columns,
            @RequestParam(required = false) @Min(1) @Max(24) @Nullable Integer limit,
            @RequestParam(required = false)
                    @Size(max = 120)
                    @Pattern(regexp = WidgetSpec.PLAIN_TEXT_PATTERN, message = "must be plain text")
                    @Nullable
                    String title,
            HttpServletRequest request) {
        WidgetSpec widget = published
                .find(tenant(), placementId)
                .map(PublishedWidget::spec)
                .orElseGet(() -> new DefaultWidget(layout, columns, limit, title).spec(placementId));
        SduiDocument document =
                renderer.render(tenant(), widget, renderRequest(userId, productId, assignmentId, request));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(document);
    }

    static RenderRequest renderRequest(
            @Nullable String userId,
            @Nullable String productId,
            @Nullable String assignmentId,
            HttpServletRequest request) {
        String origin = request.getScheme() + "://" + request.getServerName()
                + (isDefaultPort(request) ? "" : ":" + request.getServerPort());
        return new RenderRequest(
                userId, productId, assignmentId, request.getHeader(HttpHeaders.ORIGIN), origin, request.getLocale());
    }

    private PublishedWidget found(String placementId) {
        return published.find(tenant(), placementId).orElseThrow(() -> Problems.notFound("Widget", placementId));
    }

    private static TenantId tenant() {
        return Authenticated.key().tenantId();
    }

    private static boolean isDefaultPort(HttpServletRequest request) {
        int port = request.getServerPort();
        return "http".equals(request.getScheme()) && port == 80 || "https".equals(request.getScheme()) && port == 443;
    }
}
