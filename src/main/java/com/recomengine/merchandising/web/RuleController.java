package com.recomengine.merchandising.web;

import com.recomengine.merchandising.RuleView;
import com.recomengine.merchandising.internal.RuleService;
import com.recomengine.shared.AdminId;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.security.AdminRoute;
import com.recomengine.shared.security.Authenticated;
import com.recomengine.shared.security.TenantAccess;
import com.recomengine.shared.security.TenantPermission;
import com.recomengine.shared.web.IfMatch;
import com.recomengine.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@AdminRoute
@RequestMapping("/api/v1/tenants/{tenantId}/rules")
@Tag(name = "Rules", description = "Merchandising rules: how the growth manager steers what placements show")
@RequiredArgsConstructor
class RuleController {

    private final RuleService rules;

    /** The body of a condition check. */
    record ConditionCheck(@NotNull String condition) {}

    /** A condition that compiled. */
    record ConditionValid(boolean valid) {}

    @TenantAccess(TenantPermission.RULES_WRITE)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a rule (its condition is type-checked first; at most 200 rules a tenant)")
    ResponseEntity<RuleView> create(@PathVariable UUID tenantId, @Valid @RequestBody RuleRequest body) {
        return rules.add(admin(), new TenantId(tenantId), body.draft()).answer(HttpStatus.CREATED);
    }

    @TenantAccess(TenantPermission.RULES_READ)
    @GetMapping
    @Operation(summary = "List the tenant's rules in the order they apply (priority, then age)")
    PageResponse<RuleView> list(@PathVariable UUID tenantId) {
        return rules.list(admin(), new TenantId(tenantId));
    }

    @TenantAccess(TenantPermission.RULES_READ)
    @GetMapping("/{ruleId}")
    @Operation(summary = "One rule")
    ResponseEntity<RuleView> get(@PathVariable UUID tenantId, @PathVariable UUID ruleId) {
        return rules.read(admin(), new TenantId(tenantId), ruleId).ok();
    }

    @TenantAccess(TenantPermission.RULES_WRITE)
    @PutMapping("/{ruleId}")
    @Operation(summary = "Replace a whole rule (absent fields take their defaults)")
    ResponseEntity<RuleView> replace(
            @PathVariable UUID tenantId,
            @PathVariable UUID ruleId,
            @Valid @RequestBody RuleRequest body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return rules.replace(admin(), new TenantId(tenantId), ruleId, body.draft(), IfMatch.parse(ifMatch))
                .ok();
    }

    @TenantAccess(TenantPermission.RULES_WRITE)
    @DeleteMapping("/{ruleId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a rule")
    void delete(
            @PathVariable UUID tenantId,
            @PathVariable UUID ruleId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        rules.delete(admin(), new TenantId(tenantId), ruleId, IfMatch.parse(ifMatch));
    }

    @TenantAccess(TenantPermission.RULES_READ)
    @PostMapping("/check")
    @Operation(summary = "Type-check a condition without saving anything (400 with the line and column when wrong)")
    ConditionValid check(@PathVariable UUID tenantId, @Valid @RequestBody ConditionCheck body) {
        rules.check(admin(), new TenantId(tenantId), body.condition());
        return new ConditionValid(true);
    }

    private static AdminId admin() {
        return Authenticated.admin().adminId();
    }
}
