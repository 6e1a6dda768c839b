package com.recomengine.dashboard.web;

import com.recomengine.apikeys.ApiKeySummary;
import com.recomengine.apikeys.ApiKeys;
import com.recomengine.catalog.Catalog;
import com.recomengine.dashboard.internal.DashboardAdmin;
import com.recomengine.dashboard.internal.PreviewKeys;
import com.recomengine.events.IngestionRejections;
import com.recomengine.events.InteractionCoverage;
import com.recomengine.events.InteractionType;
import com.recomengine.events.Interactions;
import com.recomengine.events.InteractionsToday;
import com.recomengine.recommendations.ModelBuildReport;
import com.recomengine.recommendations.RecommendationModels;
import com.recomengine.recommendations.StrategyReadiness;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.Verdict;
import com.recomengine.shared.problem.ProblemException;
import com.recomengine.shared.problem.ProblemKind;
import com.recomengine.shared.security.KeyType;
import com.recomengine.shared.security.TenantAccess;
import com.recomengine.shared.security.TenantPermission;
import com.recomengine.tenants.TenantProfile;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Integration health: is the store's integration sending what the engine needs? Events per type today, keys in
 * use, allowed origins, product ids the catalog does not know, and per strategy whether there is enough data
 * yet, said in plain words; today's duplicates and rejected events with their reasons; plus "build the models now".
 */
@Controller
@RequestMapping("/dashboard/tenants/{tenantId}/health")
@RequiredArgsConstructor
class HealthPagesController {

    static final Duration COVERAGE_WINDOW = Duration.ofDays(30);
    static final Duration UNKNOWN_WINDOW = Duration.ofDays(7);
    static final int UNKNOWN_SAMPLE = 2_000;

    private final Interactions interactions;
    private final IngestionRejections rejections;
    private final ApiKeys keys;
    private final Catalog catalog;
    private final ObjectProvider<RecommendationModels> models;
    private final Format format;

    /** One finding, with the verdict of the module that owns what it is about. */
    record Check(String title, Verdict verdict, String detail) {

        /** The verdict's style hook for the page ({@code ok}, {@code warn}, {@code bad}). */
        public String status() {
            return verdict.cssName();
        }
    }

    @GetMapping
    @TenantAccess(TenantPermission.TENANT_READ)
    String page(
            @AuthenticationPrincipal DashboardAdmin admin,
            @ModelAttribute("tenant") TenantProfile tenant,
            Model model) {
        TenantId id = tenant.id();
        Instant now = Instant.now();
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        InteractionsToday counted =
                new InteractionsToday(interactions.countByType(id, today, now.plus(Duration.ofMinutes(5))));
        Map<String, Long> byType = new LinkedHashMap<>();
        for (InteractionType type : InteractionType.values()) {
            byType.put(type.wireName(), counted.count(type));
        }
        long lastHour = interactions.count(id, now.minus(Duration.ofHours(1)), now.plus(Duration.ofMinutes(5)));
        long products = catalog.productCount(id);
        InteractionCoverage coverage =
                interactions.coverage(id, now.minus(COVERAGE_WINDOW), now.plus(Duration.ofMinutes(5)));
        List<String> seen = interactions.productIdsSeen(
                id, now.minus(UNKNOWN_WINDOW), now.plus(Duration.ofMinutes(5)), UNKNOWN_SAMPLE);
        Set<String> known = catalog.products(id, seen).keySet();
        List<String> unknown =
                seen.stream().filter(p -> !known.contains(p)).sorted().toList();
        List<ApiKeySummary> active = keys.keysOf(admin.id(), id).stream()
                .filter(k -> !k.revoked() && !PreviewKeys.NAME.equals(k.name()))
                .toList();

        model.addAttribute("byType", byType);
        model.addAttribute("lastHour", lastHour);
        model.addAttribute("unknown", unknown);
        model.addAttribute("unknownSampled", seen.size() >= UNKNOWN_SAMPLE);
        model.addAttribute("coverage", coverage);
        List<Check> integration = integration(tenant, active, counted, lastHour, products, unknown, seen.size());
        modelBuilds(id).ifPresent(integration::add);
        model.addAttribute("integration", integration);
        model.addAttribute("strategies", strategies(coverage, counted, products, lastHour));
        model.addAttribute("rejections", rejections.today(id));
        return "dashboard/health/page";
    }

    @PostMapping("/rebuild")
    @TenantAccess(TenantPermission.MODELS_REBUILD)
    String rebuild(@PathVariable UUID tenantId, RedirectAttributes redirect) {
        RecommendationModels engine = models.getIfAvailable();
        if (engine == null) {
            redirect.addFlashAttribute("failure", "The recommendation engine is not running.");
        } else {
            try {
                ModelBuildReport report = engine.rebuild(new TenantId(tenantId));
                redirect.addFlashAttribute(
                        "notice",
                        "Models built in " + format.number(report.totalMillis())
                                + " ms from " + format.number(report.interactions()) + " interactions of "
                                + format.number(report.users()) + " shoppers over " + format.number(report.items())
                                + " products: " + HealthWording.sizes(report, format) + ".");
            } catch (ProblemException e) {
                if (e.kind() != ProblemKind.CONFLICT) {
                    throw e;
                }
                redirect.addFlashAttribute("failure", e.getMessage());
            }
        }
        return "redirect:/dashboard/tenants/" + tenantId + "/health";
    }

    /** The build queue's word on the tenant's models: built when, or failing with which error. */
    private Optional<Check> modelBuilds(TenantId tenant) {
        RecommendationModels engine = models.getIfAvailable();
        if (engine == null) {
            return Optional.empty();
        }
        return engine.buildStatus(tenant)
                .map(status -> new Check("Model builds", status.verdict(), HealthWording.buildDetail(status, format)));
    }

    private List<Check> integration(
            TenantProfile tenant,
            List<ApiKeySummary> active,
            InteractionsToday counted,
            long lastHour,
            long products,
            List<String> unknown,
            int seen) {
        List<Check> checks = new ArrayList<>();
        if (!tenant.settings().active()) {
            checks.add(new Check(
                    "Tenant",
                    Verdict.BAD,
                    "The tenant is " + tenant.status().name().toLowerCase()
                            + ": every key is refused until you activate it."));
        }
        List<ApiKeySummary> publishable =
                active.stream().filter(k -> k.type() == KeyType.PUBLISHABLE).toList();
        List<ApiKeySummary> secret =
                active.stream().filter(k -> k.type() == KeyType.SECRET).toList();
        checks.add(keyCheck("Publishable key (web pages)", publishable));
        checks.add(keyCheck("Secret key (servers)", secret));
        Verdict origins = tenant.settings().originsVerdict(!publishable.isEmpty());
        checks.add(new Check(
                "Allowed origins",
                origins,
                switch (origins) {
                    case BAD ->
                        "There is a publishable key but no allowed origin: "
                                + "browsers on your store get 403. Add the store's origin in Settings.";
                    case WARN -> "None yet; needed once pages use a publishable key.";
                    case OK -> String.join(", ", tenant.settings().allowedOrigins());
                }));
        checks.add(new Check(
                "Catalog",
                products == 0 ? Verdict.BAD : Verdict.OK,
                products == 0
                        ? "No products yet: recommendations need the catalog (POST /api/v1/catalog/products/batch)."
                        : format.number(products) + " live products."));
        long today = counted.total();
        checks.add(new Check(
                "Events",
                counted.eventsVerdict(),
                today == 0
                        ? "No events today yet."
                        : format.number(today) + " today, " + format.number(lastHour) + " in the last hour."));
        checks.add(new Check(
                "Impressions and clicks",
                counted.verdict(InteractionType.IMPRESSION),
                counted.count(InteractionType.IMPRESSION) > 0
                        ? format.number(counted.count(InteractionType.IMPRESSION)) + " impressions and "
                                + format.number(counted.count(InteractionType.RECOMMENDATION_CLICK))
                                + " recommendation clicks today."
                        : "No impressions today: widgets drawn by the SDK report them; without them CTR and "
                                + "experiments cannot be measured."));
        checks.add(
                new Check(
                        "Purchases",
                        counted.verdict(InteractionType.PURCHASE),
                        counted.count(InteractionType.PURCHASE) > 0
                                ? format.number(counted.count(InteractionType.PURCHASE)) + " today."
                                : "No purchases today: send them with metadata.orderId and revenue to measure conversions and revenue."));
        checks.add(new Check(
                "Unknown products",
                unknown.isEmpty() ? Verdict.OK : Verdict.WARN,
                unknown.isEmpty()
                        ? (seen == 0
                                ? "No product ids in the last 7 days' events."
                                : "Every product id of the last 7 days' events is in the catalog.")
                        : format.number(unknown.size())
                                + " product ids of the last 7 days' events are not in the catalog "
                                + "(they cannot be recommended)."));
        return checks;
    }

    private Check keyCheck(String title, List<ApiKeySummary> keys) {
        return new Check(
                title,
                ApiKeySummary.usage(keys, Instant.now()),
                keys.isEmpty()
                        ? "None active."
                        : keys.size() + " active, last used " + format.ago(ApiKeySummary.lastUsed(keys)) + ".");
    }

    private List<Check> strategies(InteractionCoverage c, InteractionsToday counted, long products, long lastHour) {
        long feedbackToday = counted.total() - counted.count(InteractionType.IMPRESSION);
        return StrategyReadiness.of(c, products, feedbackToday).stream()
                .map(r -> new Check(
                        format.strategy(r.strategy()), r.verdict(), HealthWording.needs(r, c, lastHour, format)))
                .toList();
    }
}
