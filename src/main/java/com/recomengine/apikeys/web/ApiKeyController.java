package com.recomengine.apikeys.web;

import com.recomengine.apikeys.internal.ApiKeyService;
import com.recomengine.apikeys.internal.ApiKeyView;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.Problems;
import com.recomengine.shared.security.AdminRoute;
import com.recomengine.shared.security.Authenticated;
import com.recomengine.shared.security.KeyPermission;
import com.recomengine.shared.security.KeyType;
import com.recomengine.shared.security.TenantAccess;
import com.recomengine.shared.security.TenantPermission;
import com.recomengine.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@AdminRoute
@RequestMapping("/api/v1/tenants/{tenantId}/api-keys")
@Tag(name = "API keys", description = "Keys of one tenant; the whole key is shown once, at creation")
@RequiredArgsConstructor
class ApiKeyController {

    private final ApiKeyService keys;

    record IssueKey(
            @NotBlank @Size(max = 100) String name,

            @NotBlank @Pattern(regexp = "secret|publishable", message = "must be secret or publishable")
            String type,

            @Pattern(regexp = "read|read-write", message = "must be read or read-write") @Nullable
            String permissions) {}

    @PostMapping
    @TenantAccess(TenantPermission.KEYS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue a key; the response's `key` is the only time the whole key is shown")
    ApiKeyView issue(@PathVariable UUID tenantId, @Valid @RequestBody IssueKey body) {
        KeyType type = KeyType.valueOf(body.type().toUpperCase());
        KeyPermission permission;
        if (type == KeyType.PUBLISHABLE) {
            if (body.permissions() != null) {
                throw Problems.invalid(
                        "permissions",
                        "publishable keys have fixed permissions (events:write, "
                                + "recommendations:read, widgets:read); leave it out");
            }
            permission = KeyPermission.PUBLISHABLE;
        } else {
            if (body.permissions() == null) {
                throw Problems.invalid("permissions", "secret keys need read or read-write");
            }
            permission = KeyPermission.fromWire(body.permissions());
        }
        return keys.issue(Authenticated.admin().adminId(), new TenantId(tenantId), body.name(), type, permission);
    }

    @GetMapping
    @TenantAccess(TenantPermission.KEYS)
    @Operation(summary = "List the tenant's keys by prefix, with last use and revocation")
    PageResponse<ApiKeyView> list(
            @PathVariable UUID tenantId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return keys.list(Authenticated.admin().adminId(), new TenantId(tenantId), page, size);
    }

    @GetMapping("/{keyId}")
    @TenantAccess(TenantPermission.KEYS)
    @Operation(summary = "One key (never the key itself)")
    ApiKeyView get(@PathVariable UUID tenantId, @PathVariable UUID keyId) {
        return keys.get(Authenticated.admin().adminId(), new TenantId(tenantId), keyId);
    }

    @DeleteMapping("/{keyId}")
    @TenantAccess(TenantPermission.KEYS)
    @Operation(summary = "Revoke a key (kept for the record); it is refused everywhere within a second")
    ApiKeyView revoke(@PathVariable UUID tenantId, @PathVariable UUID keyId) {
        return keys.revoke(Authenticated.admin().adminId(), new TenantId(tenantId), keyId);
    }
}
