package com.recomengine.dashboard.web;

import com.recomengine.dashboard.internal.DashboardAdmin;
import com.recomengine.merchandising.MerchandisingRules;
import com.recomengine.merchandising.RuleView;
import com.recomengine.recommendations.RecommendationRequest;
import com.recomengine.recommendations.RulesPreviews;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.ProblemException;
import com.recomengine.shared.problem.ProblemKind;
import com.recomengine.shared.security.TenantAccess;
import com.recomengine.shared.security.TenantPermission;
import com.recomengine.widgets.WidgetSpec;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tenant's merchandising rules: the list in the order they apply, switching one on or off, deleting one after
 * confirmation, and the side-by-side preview of a placement's list for a shopper without and with the rules
 * (computed by the recommendations module's preview, never cached).
 */
@Controller
@RequestMapping("/dashboard/tenants/{tenantId}/rules")
@RequiredArgsConstructor
class RulePagesController {

    private static final int PREVIEW_LIMIT = 10;
    private static final Pattern PLACEMENT = Pattern.compile(WidgetSpec.PLACEMENT_PATTERN);
    private static final Pattern USER = Pattern.compile("[^\\p{Cntrl}]{1,256}");

    private final MerchandisingRules rules;
    private final PlacementIds placements;
    private final ObjectProvider<RulesPreviews> previews;

    @GetMapping
    @TenantAccess(TenantPermission.RULES_READ)
    String list(
            @AuthenticationPrincipal DashboardAdmin admin,
            @PathVariable UUID tenantId,
            @RequestParam(required = false) @Nullable String placement,
            @RequestParam(defaultValue = "") String user,
            Model model) {
        TenantId tenant = new TenantId(tenantId);
        List<String> known = placements.of(admin, tenant);
        model.addAttribute("rules", rules.all(admin.id(), tenant));
        model.addAttribute("placements", known);
        model.addAttribute(
                "placement", placement != null ? placement : known.isEmpty() ? "home_top" : known.getFirst());
        model.addAttribute("user", user);
        if (placement != null) {
            preview(tenant, placement.strip(), user.strip(), model);
        }
        return "dashboard/rules/list";
    }

    @PostMapping("/{ruleId}/enabled")
    @TenantAccess(TenantPermission.RULES_WRITE)
    String enable(
            @AuthenticationPrincipal DashboardAdmin admin,
            @PathVariable UUID tenantId,
            @PathVariable UUID ruleId,
            @RequestParam(defaultValue = "false") boolean enabled,
            RedirectAttributes redirect) {
        TenantId tenant = new TenantId(tenantId);
        RuleView rule = rules.get(admin.id(), tenant, ruleId);
        rules.replace(admin.id(), tenant, ruleId, rule.draftEnabled(enabled));
        redirect.addFlashAttribute(
                "notice",
                enabled
                        ? "Rule '" + rule.name() + "' enabled: it applies within its window."
                        : "Rule '" + rule.name() + "' disabled: it changes nothing until enabled again.");
        return "redirect:/dashboard/tenants/" + tenantId + "/rules";
    }

    @GetMapping("/{ruleId}/delete")
    @TenantAccess(TenantPermission.RULES_WRITE)
    String confirmDelete(
            @AuthenticationPrincipal DashboardAdmin admin,
            @PathVariable UUID tenantId,
            @PathVariable UUID ruleId,
            Model model) {
        model.addAttribute("rule", rules.get(admin.id(), new TenantId(tenantId), ruleId));
        return "dashboard/rules/delete";
    }

    @PostMapping("/{ruleId}/delete")
    @TenantAccess(TenantPermission.RULES_WRITE)
    String delete(
            @AuthenticationPrincipal DashboardAdmin admin,
            @PathVariable UUID tenantId,
            @PathVariable UUID ruleId,
            RedirectAttributes redirect) {
        TenantId tenant = new TenantId(tenantId);
        RuleView rule = rules.get(admin.id(), tenant, ruleId);
        rules.delete(admin.id(), tenant, ruleId);
        redirect.addFlashAttribute("notice", "Rule '" + rule.name() + "' deleted.");
        return "redirect:/dashboard/tenants/" + tenantId + "/rules";
    }

    private void preview(TenantId tenant, String placement, String user, Model model) {
        if (!PLACEMENT.matcher(placement).matches()) {
            model.addAttribute(
                    "previewError",
                    "Use the placement id of a page: 1-100 letters, digits, '_', '.', ':' or '-' (e.g. home_top).");
            return;
        }
        if (!user.isEmpty() && !USER.matcher(user).matches()) {
            model.addAttribute("previewError", "A shopper id is 1 to 256 characters without control characters.");
            return;
        }
        RulesPreviews engine = previews.getIfAvailable();
        if (engine == null) {
            model.addAttribute("previewError", "The recommendation engine is not running yet.");
            return;
        }
        try {
            RecommendationRequest request = new RecommendationRequest(
                    tenant, user.isEmpty() ? null : user, null, null, placement, null, PREVIEW_LIMIT, null, null, null);
            model.addAttribute("preview", RulePreview.of(placement, user, engine.preview(request)));
        } catch (ProblemException e) {
            if (e.kind() != ProblemKind.INVALID && e.kind() != ProblemKind.UNAVAILABLE) {
                throw e;
            }
            model.addAttribute("previewError", e.getMessage());
        }
    }
}
