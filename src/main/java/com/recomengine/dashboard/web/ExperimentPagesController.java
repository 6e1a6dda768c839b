package com.recomengine.dashboard.web;

import com.recomengine.dashboard.internal.DashboardAdmin;
import com.recomengine.experiments.ExperimentLifecycle;
import com.recomengine.experiments.ExperimentResults;
import com.recomengine.experiments.ExperimentView;
import com.recomengine.experiments.Variant;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.ProblemException;
import com.recomengine.shared.problem.ProblemKind;
import com.recomengine.shared.security.TenantAccess;
import com.recomengine.shared.security.TenantPermission;
import com.recomengine.widgets.WidgetSpec;
import com.recomengine.widgets.Widgets;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
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
 * A/B experiments: list, create, start, pause, complete (after confirmation), results with lift bars, p-values,
 * the sample-ratio check and the verdict, and promoting the winner to the placement's default.
 */
@Controller
@RequestMapping("/dashboard/tenants/{tenantId}/experiments")
@RequiredArgsConstructor
class ExperimentPagesController {

    private final ExperimentLifecycle experiments;
    private final Widgets widgets;
    private final Format format;

    @GetMapping
    @TenantAccess(TenantPermission.EXPERIMENTS_READ)
    String list(@AuthenticationPrincipal DashboardAdmin admin, @PathVariable UUID tenantId, Model model) {
        model.addAttribute("experiments", experiments.experimentsOf(admin.id(), new TenantId(tenantId)));
        return "dashboard/experiments/list";
    }

    @GetMapping("/new")
    @TenantAccess(TenantPermission.EXPERIMENTS_WRITE)
    String newForm(@AuthenticationPrincipal DashboardAdmin admin, @PathVariable UUID tenantId, Model model) {
        model.addAttribute("form", ExperimentForm.blank());
        return form(admin, tenantId, model);
    }

    @PostMapping
    @TenantAccess(TenantPermission.EXPERIMENTS_WRITE)
    String create(
            @AuthenticationPrincipal DashboardAdmin admin,
            @PathVariable UUID tenantId,
            @Valid @ModelAttribute("form") ExperimentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        form.check(errors);
        if (errors.hasErrors()) {
            return form(admin, tenantId, model);
        }
        UUID id = experiments.create(admin.id(), new TenantId(tenantId), form.draft());
        redirect.addFlashAttribute("notice", "Experiment created as a draft: start it when the placement is live.");
        return "redirect:/dashboard/tenants/" + tenantId + "/experiments/" + id;
    }

    @GetMapping("/{experimentId}")
    @TenantAccess(TenantPermission.EXPERIMENTS_READ)
    String show(
            @AuthenticationPrincipal DashboardAdmin admin,
            @PathVariable UUID tenantId,
            @PathVariable UUID experimentId,
            Model model) {
        TenantId tenant = new TenantId(tenantId);
        ExperimentView experiment = experiments.experimentOf(admin.id(), tenant, experimentId);
        model.addAttribute("experiment", experiment);
        if (!"draft".equals(experiment.status())) {
            ExperimentResults results = experiments.results(admin.id(), tenant, experimentId);
            model.addAttribute("results", results);
            Map<String, LiftBar> bars = new LinkedHashMap<>();
            for (ExperimentResults.Comparison c : new ExperimentResults.Comparison[] {
                results.comparisons().ctr(),
                results.comparisons().conversionRate(),
                results.comparisons().revenuePerUser()
            }) {
                bars.put(c.metric(), LiftBar.of(c.relativeLift(), format));
            }
            model.addAttribute("bars", bars);
        }
        return "dashboard/experiments/show";
    }

    @PostMapping("/{experimentId}/{step:start|pause|complete}")
    @TenantAccess(TenantPermission.EXPERIMENTS_WRITE)
    String step(
            @AuthenticationPrincipal DashboardAdmin admin,
            @PathVariable UUID tenantId,
            @PathVariable UUID experimentId,
            @PathVariable String step,
            RedirectAttributes redirect) {
        ExperimentLifecycle.Step chosen = ExperimentLifecycle.Step.valueOf(step.toUpperCase(Locale.ROOT));
        return act(
                tenantId,
                experimentId,
                redirect,
                switch (chosen) {
                    case START -> "Experiment running: visitors of the placement are split between the two strategies.";
                    case PAUSE -> "Experiment paused: the placement serves its default strategy meanwhile.";
                    case COMPLETE -> "Experiment completed: its results are final.";
                },
                () -> experiments.take(admin.id(), new TenantId(tenantId), experimentId, chosen));
    }

    @GetMapping("/{experimentId}/{action:complete|delete}")
    @TenantAccess(TenantPermission.EXPERIMENTS_WRITE)
    String confirm(
            @AuthenticationPrincipal DashboardAdmin admin,
            @PathVariable UUID tenantId,
            @PathVariable UUID experimentId,
            @PathVariable String action,
            Model model) {
        model.addAttribute("experiment", experiments.experimentOf(admin.id(), new TenantId(tenantId), experimentId));
        model.addAttribute("action", action);
        return "dashboard/experiments/confirm";
    }

    @PostMapping("/{experimentId}/delete")
    @TenantAccess(TenantPermission.EXPERIMENTS_WRITE)
    String delete(
            @AuthenticationPrincipal DashboardAdmin admin,
            @PathVariable UUID tenantId,
            @PathVariable UUID experimentId,
            RedirectAttributes redirect) {
        String outcome = act(
                tenantId,
                experimentId,
                redirect,
                "Experiment deleted.",
                () -> experiments.delete(admin.id(), new TenantId(tenantId), experimentId));
        return redirect.getFlashAttributes().containsKey("failure")
                ? outcome
                : "redirect:/dashboard/tenants/" + tenantId + "/experiments";
    }

    @PostMapping("/{experimentId}/promote")
    @TenantAccess(TenantPermission.EXPERIMENTS_WRITE)
    String promote(
            @AuthenticationPrincipal DashboardAdmin admin,
            @PathVariable UUID tenantId,
            @PathVariable UUID experimentId,
            @RequestParam(defaultValue = "") String variant,
            RedirectAttributes redirect) {
        Variant choice = switch (variant) {
            case "control" -> Variant.CONTROL;
            case "variant" -> Variant.VARIANT;
            default -> null;
        };
        return act(
                tenantId,
                experimentId,
                redirect,
                "Winner promoted: it is now the placement's default strategy.",
                () -> experiments.promoteWinner(admin.id(), new TenantId(tenantId), experimentId, choice));
    }

    /** Runs a lifecycle step; a refusal (409) becomes a message on the experiment's page instead of an error page. */
    private static String act(
            UUID tenantId, UUID experimentId, RedirectAttributes redirect, String done, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("notice", done);
        } catch (ProblemException e) {
            if (e.kind() != ProblemKind.CONFLICT) {
                throw e;
            }
            redirect.addFlashAttribute("failure", e.getMessage());
        }
        return "redirect:/dashboard/tenants/" + tenantId + "/experiments/" + experimentId;
    }

    private String form(DashboardAdmin admin, UUID tenantId, Model model) {
        model.addAttribute("strategies", TenantForm.STRATEGIES);
        model.addAttribute("metrics", ExperimentForm.METRICS);
        model.addAttribute(
                "placements",
                widgets.placements(admin.id(), new TenantId(tenantId)).stream()
                        .map(WidgetSpec::placementId)
                        .toList());
        return "dashboard/experiments/new";
    }
}
