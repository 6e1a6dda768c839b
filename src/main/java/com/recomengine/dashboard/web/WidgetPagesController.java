package com.recomengine.dashboard.web;

import com.recomengine.dashboard.internal.DashboardAdmin;
import com.recomengine.dashboard.internal.PreviewKeys;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.security.TenantAccess;
import com.recomengine.shared.security.TenantPermission;
import com.recomengine.tenants.TenantProfile;
import com.recomengine.widgets.WidgetSpec;
import com.recomengine.widgets.Widgets;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.UUID;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
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

/**
 * Widgets by placement: list, add a placement, the configuration form beside a live preview drawn by the real SDK
 * (same origin, with the session's preview key, no tracking), delete after confirmation.
 */
@Controller
@RequestMapping("/dashboard/tenants/{tenantId}/widgets")
@RequiredArgsConstructor
class WidgetPagesController {

    private static final Pattern PLACEMENT = Pattern.compile(WidgetSpec.PLACEMENT_PATTERN);
    private static final Pattern PRODUCT = Pattern.compile("[^\\p{Cntrl}]{1,256}");

    private final Widgets widgets;
    private final PreviewKeys previewKeys;

    @GetMapping
    @TenantAccess(TenantPermission.WIDGETS_READ)
    String list(@AuthenticationPrincipal DashboardAdmin admin, @PathVariable UUID tenantId, Model model) {
        model.addAttribute("widgets", widgets.placements(admin.id(), new TenantId(tenantId)));
        return "dashboard/widgets/list";
    }

    @PostMapping
    @TenantAccess(TenantPermission.WIDGETS_WRITE)
    String add(
            @AuthenticationPrincipal DashboardAdmin admin,
            @PathVariable UUID tenantId,
            @RequestParam(defaultValue = "") String placementId,
            Model model,
            RedirectAttributes redirect) {
        String placement = placementId.strip();
        TenantId tenant = new TenantId(tenantId);
        String problem = !PLACEMENT.matcher(placement).matches()
                ? "Use 1-100 letters, digits, '_', '.', ':' or '-', starting with a letter or digit (e.g. home_top)."
                : widgets.placements(admin.id(), tenant).stream()
                                .anyMatch(w -> w.placementId().equals(placement))
                        ? "This placement has a widget already."
                        : null;
        if (problem != null) {
            model.addAttribute("placementError", problem);
            model.addAttribute("placementId", placementId);
            return list(admin, tenantId, model);
        }
        widgets.save(admin.id(), tenant, WidgetSpec.defaults(placement));
        redirect.addFlashAttribute("notice", "Widget '" + placement + "' created with the defaults: adjust it here.");
        return "redirect:/dashboard/tenants/" + tenantId + "/widgets/" + placement;
    }

    @GetMapping("/{placementId}")
    @TenantAccess(TenantPermission.WIDGETS_READ)
    String edit(
            @AuthenticationPrincipal DashboardAdmin admin,
            @PathVariable UUID tenantId,
            @PathVariable String placementId,
            @RequestParam(defaultValue = "") String product,
            @ModelAttribute("tenant") TenantProfile tenant,
            Model model,
            HttpSession session) {
        WidgetSpec spec = widgets.spec(admin.id(), new TenantId(tenantId), placementId);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", WidgetForm.of(spec));
        }
        model.addAttribute("placementId", spec.placementId());
        model.addAttribute("product", PRODUCT.matcher(product).matches() ? product : "");
        model.addAttribute("strategies", TenantForm.STRATEGIES);
        model.addAttribute("layouts", WidgetForm.LAYOUTS);
        model.addAttribute("colours", WidgetForm.COLOURS);
        if (tenant.settings().active()) {
            model.addAttribute("previewKey", previewKeys.keyFor(admin, tenant.id(), session));
        }
        return "dashboard/widgets/edit";
    }

    @PostMapping("/{placementId}")
    @TenantAccess(TenantPermission.WIDGETS_WRITE)
    String save(
            @AuthenticationPrincipal DashboardAdmin admin,
            @PathVariable UUID tenantId,
            @PathVariable String placementId,
            @Valid @ModelAttribute("form") WidgetForm form,
            BindingResult errors,
            @ModelAttribute("tenant") TenantProfile tenant,
            Model model,
            HttpSession session,
            RedirectAttributes redirect) {
        TenantId id = new TenantId(tenantId);
        WidgetSpec current = widgets.spec(admin.id(), id, placementId);
        if (errors.hasErrors()) {
            return edit(admin, tenantId, current.placementId(), "", tenant, model, session);
        }
        widgets.save(admin.id(), id, form.spec(current.placementId()));
        redirect.addFlashAttribute("notice", "Widget saved: the preview shows it as shoppers will see it.");
        return "redirect:/dashboard/tenants/" + tenantId + "/widgets/" + current.placementId();
    }

    @GetMapping("/{placementId}/delete")
    @TenantAccess(TenantPermission.WIDGETS_WRITE)
    String confirmDelete(
            @AuthenticationPrincipal DashboardAdmin admin,
            @PathVariable UUID tenantId,
            @PathVariable String placementId,
            Model model) {
        model.addAttribute(
                "placementId",
                widgets.spec(admin.id(), new TenantId(tenantId), placementId).placementId());
        return "dashboard/widgets/delete";
    }

    @PostMapping("/{placementId}/delete")
    @TenantAccess(TenantPermission.WIDGETS_WRITE)
    String delete(
            @AuthenticationPrincipal DashboardAdmin admin,
            @PathVariable UUID tenantId,
            @PathVariable String placementId,
            RedirectAttributes redirect) {
        widgets.delete(admin.id(), new TenantId(tenantId), placementId);
        redirect.addFlashAttribute(
                "notice",
                "Widget '" + placementId + "' deleted: the SDK now draws plain "
                        + "recommendations on that placement.");
        return "redirect:/dashboard/tenants/" + tenantId + "/widgets";
    }
}
