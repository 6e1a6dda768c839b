package com.recomengine.dashboard.web;

import com.recomengine.dashboard.internal.DashboardAdmin;
import com.recomengine.merchandising.MerchandisingRules;
import com.recomengine.merchandising.RuleDraft;
import com.recomengine.merchandising.RuleView;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.ProblemException;
import com.recomengine.shared.problem.ProblemKind;
import com.recomengine.shared.security.TenantAccess;
import com.recomengine.shared.security.TenantPermission;
import jakarta.validation.Valid;
import java.util.UUID;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A rule's form: new and edit, the condition checked as it is typed (the form's script posts it to {@code check},
 * which answers with the position of the first error), and a refused rule shown again with each message next to
 * its field and nothing stored.
 */
@Controller
@RequestMapping("/dashboard/tenants/{tenantId}/rules")
@RequiredArgsConstructor
class RuleFormPagesController {

    private final MerchandisingRules rules;
    private final PlacementIds placements;

    @GetMapping("/new")
    @TenantAccess(TenantPermission.RULES_WRITE)
    String newForm(@AuthenticationPrincipal DashboardAdmin admin, @PathVariable UUID tenantId, Model model) {
        model.addAttribute("form", RuleForm.blank());
        return form(admin, tenantId, null, model);
    }

    @PostMapping
    @TenantAccess(TenantPermission.RULES_WRITE)
    String create(
            @AuthenticationPrincipal DashboardAdmin admin,
            @PathVariable UUID tenantId,
            @Valid @ModelAttribute("form") RuleForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        TenantId tenant = new TenantId(tenantId);
        RuleView created = saved(admin, tenant, form, errors, draft -> rules.create(admin.id(), tenant, draft));
        if (created == null) {
            return form(admin, tenantId, null, model);
        }
        redirect.addFlashAttribute(
                "notice", "Rule '" + created.name() + "' created: the preview below shows what it changes.");
        return "redirect:/dashboard/tenants/" + tenantId + "/rules";
    }

    @GetMapping("/{ruleId}")
    @TenantAccess(TenantPermission.RULES_READ)
    String edit(
            @AuthenticationPrincipal DashboardAdmin admin,
            @PathVariable UUID tenantId,
            @PathVariable UUID ruleId,
            Model model) {
        RuleView rule = rules.get(admin.id(), new TenantId(tenantId), ruleId);
        model.addAttribute("form", RuleForm.of(rule));
        return form(admin, tenantId, rule, model);
    }

    @PostMapping("/{ruleId}")
    @TenantAccess(TenantPermission.RULES_WRITE)
    String save(
            @AuthenticationPrincipal DashboardAdmin admin,
            @PathVariable UUID tenantId,
            @PathVariable UUID ruleId,
            @Valid @ModelAttribute("form") RuleForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        TenantId tenant = new TenantId(tenantId);
        RuleView current = rules.get(admin.id(), tenant, ruleId);
        RuleView saved = saved(admin, tenant, form, errors, draft -> rules.replace(admin.id(), tenant, ruleId, draft));
        if (saved == null) {
            return form(admin, tenantId, current, model);
        }
        redirect.addFlashAttribute("notice", "Rule '" + saved.name() + "' saved.");
        return "redirect:/dashboard/tenants/" + tenantId + "/rules";
    }

    @PostMapping(value = "/check", produces = MediaType.APPLICATION_JSON_VALUE)
    @TenantAccess(TenantPermission.RULES_READ)
    @ResponseBody
    ConditionCheck check(
            @AuthenticationPrincipal DashboardAdmin admin,
            @PathVariable UUID tenantId,
            @RequestParam(defaultValue = "") String condition) {
        try {
            rules.check(admin.id(), new TenantId(tenantId), condition.isBlank() ? "true" : condition);
            return ConditionCheck.VALID;
        } catch (ProblemException e) {
            if (e.kind() == ProblemKind.UNAVAILABLE || e.kind() == ProblemKind.NOT_FOUND) {
                throw e;
            }
            return ConditionCheck.refused(e.getMessage());
        }
    }

    /**
     * The rule once stored, or null with the errors in {@code errors}: the condition is type-checked even when
     * another field is wrong, so that one submit shows every message.
     */
    private @Nullable RuleView saved(
            DashboardAdmin admin,
            TenantId tenant,
            RuleForm form,
            BindingResult errors,
            Function<RuleDraft, RuleView> store) {
        form.check(errors);
        try {
            rules.check(admin.id(), tenant, form.conditionOrTrue());
        } catch (ProblemException e) {
            RuleForm.reject(errors, e);
        }
        if (errors.hasErrors()) {
            return null;
        }
        try {
            return store.apply(form.draft());
        } catch (ProblemException e) {
            RuleForm.reject(errors, e);
            return null;
        }
    }

    private String form(DashboardAdmin admin, UUID tenantId, @Nullable RuleView rule, Model model) {
        model.addAttribute("rule", rule);
        model.addAttribute("heading", rule == null ? "New rule" : "Rule " + rule.name());
        model.addAttribute("actions", RuleForm.ACTIONS);
        model.addAttribute("placements", placements.of(admin, new TenantId(tenantId)));
        return "dashboard/rules/form";
    }
}
