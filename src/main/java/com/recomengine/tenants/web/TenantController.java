package com.recomengine.tenants.web;

import com.recomengine.shared.TenantId;
import com.recomengine.shared.security.AdminRoute;
import com.recomengine.shared.security.Authenticated;
import com.recomengine.shared.security.TenantAccess;
import com.recomengine.shared.security.TenantPermission;
import com.recomengine.shared.web.IfMatch;
import com.recomengine.shared.web.PageResponse;
import com.recomengine.tenants.TenantConfig;
import com.recomengine.tenants.internal.TenantChanges;
import com.recomengine.tenants.internal.TenantService;
import com.recomengine.tenants.internal.TenantView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@AdminRoute
@RequestMapping("/api/v1/tenants")
@Tag(name = "Tenants", description = "Merchant stores owned by the calling admin")
@RequiredArgsConstructor
class TenantController {

    static final String STRATEGY = "auto|collaborative|content_based|trending|frequently_bought_together|popular";
    static final String ORIGIN = TenantConfig.ORIGIN_PATTERN;

    private final TenantService tenants;

    record TenantRequest(
            @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") @Nullable
            String name,

            @Pattern(regexp = STRATEGY, message = "must be one of " + STRATEGY) @Nullable
            String defaultStrategy,

            @Size(max = 50) @Nullable
            List<
                            @NotBlank
                            @Pattern(regexp = ORIGIN, message = "must be an origin like https://shop.example.com")
                            String>
                    allowedOrigins,

            @Nullable Boolean excludePurchased,
            @Size(max = 200) @Nullable List<@NotBlank @Size(max = 200) String> excludedCategories,
            @Min(7) @Max(730) @Nullable Integer retentionDays,
            @Min(0) @Max(1_000_000) @Nullable Long readsPerMinute,
            @Min(0) @Max(1_000_000) @Nullable Long writesPerMinute) {

        TenantChanges changes() {
            return new TenantChanges(
                    name,
                    defaultStrategy,
                    allowedOrigins,
                    excludePurchased,
                    excludedCategories,
                    retentionDays,
                    readsPerMinute,
                    writesPerMinute);
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a tenant owned by the caller")
    ResponseEntity<TenantView> create(@Valid @RequestBody TenantRequest body) {
        if (body.name() == null) {
            throw com.recomengine.shared.problem.Problems.invalid("name", "must not be blank");
        }
        return tenants.create(Authenticated.admin().adminId(), body.name(), body.changes())
                .answer(HttpStatus.CREATED);
    }

    @GetMapping
    @Operation(summary = "List the caller's tenants")
    PageResponse<TenantView> list(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return tenants.list(Authenticated.admin().adminId(), page, size);
    }

    @GetMapping("/{tenantId}")
    @TenantAccess(TenantPermission.TENANT_READ)
    @Operation(summary = "One tenant with its configuration")
    ResponseEntity<TenantView> get(@PathVariable UUID tenantId) {
        return tenants.get(Authenticated.admin().adminId(), new TenantId(tenantId))
                .ok();
    }

    @PatchMapping("/{tenantId}")
    @TenantAccess(TenantPermission.TENANT_CONFIGURE)
    @Operation(
            summary =
                    "Change the name or configuration; absent fields stay as they are (0 clears a rate limit override)")
    ResponseEntity<TenantView> update(
            @PathVariable UUID tenantId,
            @Valid @RequestBody TenantRequest body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return tenants.update(
                        Authenticated.admin().adminId(), new TenantId(tenantId), body.changes(), IfMatch.parse(ifMatch))
                .ok();
    }

    @PostMapping("/{tenantId}/suspend")
    @TenantAccess(TenantPermission.TENANT_CONFIGURE)
    @Operation(summary = "Suspend: the tenant's keys get 403 until it is activated")
    TenantView suspend(@PathVariable UUID tenantId) {
        return tenants.suspend(Authenticated.admin().adminId(), new TenantId(tenantId));
    }

    @PostMapping("/{tenantId}/activate")
    @TenantAccess(TenantPermission.TENANT_CONFIGURE)
    @Operation(summary = "Activate a suspended tenant")
    TenantView activate(@PathVariable UUID tenantId) {
        return tenants.activate(Authenticated.admin().adminId(), new TenantId(tenantId));
    }

    @DeleteMapping("/{tenantId}")
    @TenantAccess(TenantPermission.TENANT_DELETE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete (soft): keys stop at once, data is purged after 30 days")
    void delete(
            @PathVariable UUID tenantId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        tenants.delete(Authenticated.admin().adminId(), new TenantId(tenantId), IfMatch.parse(ifMatch));
    }
}
