package com.recomengine.dashboard.web;

import com.recomengine.apikeys.ApiKeys;
import com.recomengine.catalog.Catalog;
import com.recomengine.dashboard.internal.DashboardAdmin;
import com.recomengine.dashboard.internal.PreviewKeys;
import com.recomengine.events.Interactions;
import com.recomengine.experiments.ExperimentLifecycle;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.ProblemException;
import com.recomengine.shared.problem.ProblemKind;
import com.recomengine.shared.problem.Problems;
import com.recomengine.shared.security.TenantAccess;
import com.recomengine.shared.security.TenantPermission;
import com.recomengine.tenants.TenantProfile;
import com.recomengine.tenants.TenantStatus;
import com.recomengine.tenants.Tenants;
import com.recomengine.widgets.Widgets;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's tenants: list, create, settings, and the lifecycle steps behind a confirmation page each. */
@Controller
@RequestMapping("/dashboard")
@RequiredArgsConstructor
class TenantPagesController {

    private final Tenants tenants;
    private final ApiKeys keys;
    private final Catalog catalog;
    private final Widgets widgets;
    private final ExperimentLifecycle experiments;
    private final Interactions interactions;

    @GetMapping
    String home() {
        return "redirect:/dashboard/tenants";
    }

    @GetMapping("/switch")
    String switchTenant(
            @RequestParam(required = false) @Nullable UUID tenant,
            @RequestParam(defaultValue = "overview") String section) {
        return tenant == null
                ? "redirect:/dashboard/tenants"
                : "redirect:/dashboard/tenants/" + tenant + Sections.path(section);
    }

    @GetMapping("/tenants")
    String list() {
        return "dashboard/tenants/list";
    }

    @GetMapping("/tenants/new")
    String newForm(Model model) {
        model.addAttribute("form", TenantForm.blank());
        return formPage("dashboard/tenants/new", model);
    }

    @PostMapping("/tenants")
    String create(
            @AuthenticationPrincipal DashboardAdmin admin,
            @Valid @ModelAttribute("form") TenantForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        form.check(errors);
        if (errors.hasErrors()) {
            return formPage("dashboard/tenants/new", model);
        }
        TenantId created = tenants.create(admin.id(), form.name(), form.config());
        redirect.addFlashAttribute("notice", "Tenant '" + form.name().strip() + "' created. Next: an API key.");
        return "redirect:/dashboard/tenants/" + created;
    }

    @GetMapping("/tenants/{tenantId}")
    @TenantAccess(TenantPermission.TENANT_READ)
    String overview(
            @AuthenticationPrincipal DashboardAdmin admin,
            @ModelAttribute("tenant") TenantProfile tenant,
            Model model) {
        TenantId id = tenant.id();
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        long keyCount = keys.keysOf(admin.id(), id).stream()
                .filter(k -> !k.revoked() && !PreviewKeys.NAME.equals(k.name()))
                .count();
        model.addAttribute("keyCount", keyCount);
        model.addAttribute("productCount", catalog.productCount(id));
        model.addAttribute("widgetCount", widgets.placements(admin.id(), id).size());
        model.addAttribute(
                "runningCount",
                experiments.experimentsOf(admin.id(), id).stream()
                        .filter(e -> "running".equals(e.status()))
                        .count());
        model.addAttribute(
                "eventsToday", interactions.count(id, today, Instant.now().plusSeconds(300)));
        return "dashboard/tenants/overview";
    }

    @GetMapping("/tenants/{tenantId}/settings")
    @TenantAccess(TenantPermission.TENANT_CONFIGURE)
    String settings(@ModelAttribute("tenant") TenantProfile tenant, Model model) {
        model.addAttribute("form", TenantForm.of(tenant));
        return formPage("dashboard/tenants/settings", model);
    }

    @PostMapping("/tenants/{tenantId}/settings")
    @TenantAccess(TenantPermission.TENANT_CONFIGURE)
    String saveSettings(
            @AuthenticationPrincipal DashboardAdmin admin,
            @PathVariable UUID tenantId,
            @Valid @ModelAttribute("form") TenantForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        form.check(errors);
        if (errors.hasErrors()) {
            return formPage("dashboard/tenants/settings", model);
        }
        tenants.configure(admin.id(), new TenantId(tenantId), form.config());
        redirect.addFlashAttribute("notice", "Settings saved. They apply everywhere within a second.");
        return "redirect:/dashboard/tenants/" + tenantId + "/settings";
    }

    @GetMapping("/tenants/{tenantId}/{action:suspend|activate|delete}")
    @TenantAccess(TenantPermission.TENANT_CONFIGURE)
    String confirm(@PathVariable String action, Model model) {
        model.addAttribute("action", action);
        return "dashboard/tenants/confirm";
    }

    @PostMapping("/tenants/{tenantId}/{action:suspend|activate|delete}")
    @TenantAccess(TenantPermission.TENANT_CONFIGURE)
    String changeStatus(
            @AuthenticationPrincipal DashboardAdmin admin,
            @PathVariable UUID tenantId,
            @PathVariable String action,
            @RequestParam(defaultValue = "") String confirmName,
            @ModelAttribute("tenant") TenantProfile tenant,
            Model model,
            RedirectAttributes redirect) {
        TenantStatus to = switch (action) {
            case "suspend" -> TenantStatus.SUSPENDED;
            case "activate" -> TenantStatus.ACTIVE;
            default -> TenantStatus.DELETED;
        };
        if (to == TenantStatus.DELETED && !tenant.may(TenantPermission.TENANT_DELETE)) {
            throw Problems.roleNeeded(TenantPermission.TENANT_DELETE, tenant.role());
        }
        if (to == TenantStatus.DELETED && !confirmName.strip().equals(tenant.name())) {
            model.addAttribute("action", action);
            model.addAttribute("confirmError", "Type the tenant's name exactly as shown to delete it.");
            return "dashboard/tenants/confirm";
        }
        try {
            tenants.changeStatus(admin.id(), new TenantId(tenantId), to);
        } catch (ProblemException e) {
            if (e.kind() != ProblemKind.CONFLICT) {
                throw e;
            }
            redirect.addFlashAttribute("failure", e.getMessage());
            return "redirect:/dashboard/tenants/" + tenantId + "/settings";
        }
        return switch (to) {
            case SUSPENDED -> {
                redirect.addFlashAttribute("notice", "Tenant suspended: its keys get 403 until you activate it.");
                yield "redirect:/dashboard/tenants/" + tenantId + "/settings";
            }
            case ACTIVE -> {
                redirect.addFlashAttribute("notice", "Tenant active again: its keys work.");
                yield "redirect:/dashboard/tenants/" + tenantId + "/settings";
            }
            case DELETED -> {
                redirect.addFlashAttribute(
                        "notice",
                        "Tenant '" + tenant.name() + "' deleted. Its keys stopped; "
                                + "its data is purged in 30 days.");
                yield "redirect:/dashboard/tenants";
            }
        };
    }

    /** A page of the tenant form, with the default strategies it offers. */
    private static String formPage(String view, Model model) {
        model.addAttribute("strategies", TenantForm.STRATEGIES);
        return view;
    }
}
