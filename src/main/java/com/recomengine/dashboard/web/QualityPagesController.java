package com.recomengine.dashboard.web;

import com.recomengine.recommendations.ModelQuality;
import com.recomengine.recommendations.QualityReport;
import com.recomengine.shared.problem.ProblemException;
import com.recomengine.shared.problem.ProblemKind;
import com.recomengine.shared.security.TenantAccess;
import com.recomengine.shared.security.TenantPermission;
import com.recomengine.tenants.TenantProfile;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Model quality: how well each strategy would have predicted this tenant's own shoppers' latest purchases, run
 * on demand (post-redirect-get) and shown against the popularity baseline.
 */
@Controller
@RequestMapping("/dashboard/tenants/{tenantId}/quality")
@RequiredArgsConstructor
class QualityPagesController {

    private final ModelQuality quality;
    private final Format format;

    @GetMapping
    @TenantAccess(TenantPermission.ANALYTICS_READ)
    String page(@ModelAttribute("tenant") TenantProfile tenant, Model model) {
        QualityReport report = quality.latest(tenant.id()).orElse(null);
        model.addAttribute("report", report);
        model.addAttribute("chart", report == null ? null : QualityChart.of(report));
        model.addAttribute("tuning", quality.tuning(tenant.id()).orElse(null));
        model.addAttribute("k", QualityReport.K);
        return "dashboard/quality/page";
    }

    @PostMapping("/run")
    @TenantAccess(TenantPermission.ANALYTICS_RECOMPUTE)
    String run(
            @ModelAttribute("tenant") TenantProfile tenant, @PathVariable UUID tenantId, RedirectAttributes redirect) {
        try {
            QualityReport report = quality.evaluate(tenant.id());
            redirect.addFlashAttribute(
                    "notice",
                    "Evaluated on " + format.number(report.purchases()) + " purchases: "
                            + format.number(report.evaluatedShoppers()) + " shoppers checked.");
        } catch (ProblemException e) {
            if (e.kind() != ProblemKind.CONFLICT) {
                throw e;
            }
            redirect.addFlashAttribute("failure", e.getMessage());
        }
        return "redirect:/dashboard/tenants/" + tenantId + "/quality";
    }
}
