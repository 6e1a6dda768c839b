package com.recomengine.audit.web;

import com.recomengine.audit.AuditTrail;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.Problems;
import com.recomengine.shared.security.AdminRoute;
import com.recomengine.shared.security.TenantAccess;
import com.recomengine.shared.security.TenantPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@AdminRoute
@Tag(name = "Audit log", description = "Who changed what on a tenant, when and from where")
@RequiredArgsConstructor
class AuditController {

    private final AuditTrail entries;

    @GetMapping("/api/v1/tenants/{tenantId}/audit")
    @TenantAccess(TenantPermission.AUDIT_READ)
    @Operation(summary = "The tenant's audit log, newest first; follow `nextCursor` for older entries")
    AuditTrail.Page audit(
            @PathVariable UUID tenantId,
            @Parameter(description = "entries at or after this instant") @RequestParam(required = false) @Nullable
                    Instant from,
            @Parameter(description = "entries before this instant") @RequestParam(required = false) @Nullable
                    Instant to,
            @Parameter(description = "the acting admin's id or email")
                    @RequestParam(required = false)
                    @Size(max = 320)
                    @Nullable
                    String actor,
            @Parameter(description = "an action (`key.revoked`) or a family of them (`key`)")
                    @RequestParam(required = false)
                    @Pattern(regexp = "[a-z][a-z.-]{0,63}", message = "must be an action like key.revoked or key")
                    @Nullable
                    String action,
            @Parameter(description = "`nextCursor` of the previous page")
                    @RequestParam(required = false)
                    @Pattern(regexp = "[0-9]{1,18}", message = "must be the nextCursor of a previous page")
                    @Nullable
                    String cursor,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw Problems.invalid("to", "must be after from");
        }
        return entries.read(new AuditTrail.Query(
                new TenantId(tenantId), from, to, actor, action, cursor == null ? null : Long.parseLong(cursor), size));
    }
}
