package com.recomengine.dashboard.web;

import com.recomengine.audit.AuditTrail;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.security.TenantAccess;
import com.recomengine.shared.security.TenantPermission;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The tenant's audit log with its filters (days in UTC, actor, action) and a link to older entries. */
@Controller
@RequestMapping("/dashboard/tenants/{tenantId}/audit")
@RequiredArgsConstructor
class AuditPagesController {

    private static final int PAGE = 50;

    private final AuditTrail trail;

    @GetMapping
    @TenantAccess(TenantPermission.AUDIT_READ)
    String page(
            @PathVariable UUID tenantId,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "") String actor,
            @RequestParam(defaultValue = "") String action,
            @RequestParam(required = false) @Nullable Long cursor,
            Model model) {
        LocalDate fromDay = day(from);
        LocalDate toDay = day(to);
        var page = trail.read(new AuditTrail.Query(
                new TenantId(tenantId),
                fromDay == null ? null : fromDay.atStartOfDay().toInstant(ZoneOffset.UTC),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                actor.isBlank() ? null : actor.strip(),
                action.isBlank() ? null : action.strip(),
                cursor,
                PAGE));
        model.addAttribute("entries", page.data());
        model.addAttribute("nextCursor", page.nextCursor());
        model.addAttribute("from", fromDay == null ? "" : fromDay.toString());
        model.addAttribute("to", toDay == null ? "" : toDay.toString());
        model.addAttribute("actor", actor.strip());
        model.addAttribute("action", action.strip());
        return "dashboard/audit/page";
    }

    private static @Nullable LocalDate day(String value) {
        try {
            return value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
