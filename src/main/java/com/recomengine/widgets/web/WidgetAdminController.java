package com.recomengine.widgets.web;

import com.recomengine.shared.AdminId;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.Problems;
import com.recomengine.shared.security.AdminRoute;
import com.recomengine.shared.security.Authenticated;
import com.recomengine.shared.security.TenantAccess;
import com.recomengine.shared.security.TenantPermission;
import com.recomengine.shared.web.IfMatch;
import com.recomengine.shared.web.PageResponse;
import com.recomengine.widgets.WidgetSpec;
import com.recomengine.widgets.internal.SduiDocument;
import com.recomengine.widgets.internal.WidgetRenderer;
import com.recomengine.widgets.internal.WidgetService;
import com.recomengine.widgets.internal.WidgetView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

// No class-level @Validated: Spring MVC's own method validation reports bad path and query parameters as fields.
@RestController
@AdminRoute
@RequestMapping("/api/v1/tenants/{tenantId}/widgets")
@Tag(name = "Widgets", description = "How each placement of a store draws its recommendations")
@RequiredArgsConstructor
class WidgetAdminController {

    private final WidgetService widgets;
    private final WidgetRenderer renderer;

    @PostMapping
    @TenantAccess(TenantPermission.WIDGETS_WRITE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create the widget of a placement (409 if the placement has one)")
    ResponseEntity<WidgetView> create(@PathVariable UUID tenantId, @Valid @RequestBody WidgetRequest body) {
        if (body.placementId() == null) {
            throw Problems.invalid("placementId", "must not be blank");
        }
        return widgets.create(admin(), new TenantId(tenantId), body.spec(body.placementId()))
                .answer(HttpStatus.CREATED);
    }

    @GetMapping
    @TenantAccess(TenantPermission.WIDGETS_READ)
    @Operation(summary = "List the tenant's widgets by placement")
    PageResponse<WidgetView> list(
            @PathVariable UUID tenantId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return widgets.list(admin(), new TenantId(tenantId), page, size);
    }

    @GetMapping("/{placementId}")
    @TenantAccess(TenantPermission.WIDGETS_READ)
    @Operation(summary = "The widget of a placement")
    ResponseEntity<WidgetView> get(
            @PathVariable UUID tenantId,
            @PathVariable @Pattern(regexp = WidgetSpec.PLACEMENT_PATTERN, message = WidgetRequest.PLACEMENT_MESSAGE)
                    String placementId) {
        return widgets.get(admin(), new TenantId(tenantId), placementId).ok();
    }

    @PutMapping("/{placementId}")
    @TenantAccess(TenantPermission.WIDGETS_WRITE)
    @Operation(
            summary = "Replace the whole widget of a placement (absent fields take their defaults); 201 when "
                    + "this creates it")
    ResponseEntity<WidgetView> replace(
            @PathVariable UUID tenantId,
            @PathVariable @Pattern(regexp = WidgetSpec.PLACEMENT_PATTERN, message = WidgetRequest.PLACEMENT_MESSAGE)
                    String placementId,
            @Valid @RequestBody WidgetRequest body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        if (body.placementId() != null && !body.placementId().equals(placementId)) {
            throw Problems.invalid("placementId", "must be the placement of the path (or absent)");
        }
        WidgetService.Saved saved =
                widgets.replace(admin(), new TenantId(tenantId), body.spec(placementId), IfMatch.parse(ifMatch));
        return saved.widget().answer(saved.created() ? HttpStatus.CREATED : HttpStatus.OK);
    }

    @DeleteMapping("/{placementId}")
    @TenantAccess(TenantPermission.WIDGETS_WRITE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete the widget of a placement: the SDK then draws plain recommendations there")
    void delete(
            @PathVariable UUID tenantId,
            @PathVariable @Pattern(regexp = WidgetSpec.PLACEMENT_PATTERN, message = WidgetRequest.PLACEMENT_MESSAGE)
                    String placementId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        widgets.delete(admin(), new TenantId(tenantId), placementId, IfMatch.parse(ifMatch));
    }

    @GetMapping("/{placementId}/preview")
    @TenantAccess(TenantPermission.WIDGETS_READ)
    @Operation(summary = "The SDUI document the placement would draw now, for the dashboard's live preview")
    SduiDocument preview(
            @PathVariable UUID tenantId,
            @PathVariable @Pattern(regexp = WidgetSpec.PLACEMENT_PATTERN, message = WidgetRequest.PLACEMENT_MESSAGE)
                    String placementId,
            @RequestParam(required = false)
                    @Pattern(regexp = WidgetController.ID, message = WidgetController.ID_MESSAGE)
                    @Nullable
                    String userId,
            @RequestParam(required = false)
                    @Pattern(regexp = WidgetController.ID, message = WidgetController.ID_MESSAGE)
                    @Nullable
                    String productId,
            HttpServletRequest request) {
        TenantId tenant = new TenantId(tenantId);
        WidgetSpec spec = widgets.spec(admin(), tenant, placementId);
        return renderer.render(tenant, spec, WidgetController.renderRequest(userId, productId, null, request));
    }

    private static AdminId admin() {
        return Authenticated.admin().adminId();
    }
}
