package com.recomengine.dashboard.web;

import com.recomengine.catalog.Catalog;
import com.recomengine.catalog.ProductPage;
import com.recomengine.catalog.ProductSummary;
import com.recomengine.recommendations.RecommendationRequest;
import com.recomengine.recommendations.RecommendationResult;
import com.recomengine.recommendations.Recommendations;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.ProblemException;
import com.recomengine.shared.problem.ProblemKind;
import com.recomengine.shared.problem.Problems;
import com.recomengine.shared.security.TenantAccess;
import com.recomengine.shared.security.TenantPermission;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.ObjectMapper;

/**
 * The catalog browser: search with category and availability filters, and a product's page with what each
 * strategy recommends next to it and why (the reasons shoppers would read).
 */
@Controller
@RequestMapping("/dashboard/tenants/{tenantId}/catalog")
@RequiredArgsConstructor
class CatalogPagesController {

    static final int PAGE_SIZE = 25;
    static final List<String> STRATEGIES = TenantForm.STRATEGIES;

    private final Catalog catalog;
    private final ObjectProvider<Recommendations> recommendations;
    private final ObjectMapper json;

    /** What one strategy recommends next to the product, or why it cannot say. */
    record Neighbours(
            String strategy,
            @Nullable RecommendationResult result,
            @Nullable String unavailable) {}

    @GetMapping
    @TenantAccess(TenantPermission.CATALOG_READ)
    String search(
            @PathVariable UUID tenantId,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String category,
            @RequestParam(defaultValue = "") String available,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("category", category);
        model.addAttribute("available", available);
        Boolean availability = switch (available) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> null;
        };
        try {
            ProductPage found = catalog.search(
                    new TenantId(tenantId),
                    q.isBlank() ? null : q,
                    category.isBlank() ? null : category,
                    availability,
                    Math.max(page, 0),
                    PAGE_SIZE);
            model.addAttribute("found", found);
        } catch (ProblemException e) {
            if (e.kind() != ProblemKind.INVALID) {
                throw e;
            }
            model.addAttribute("searchError", e.getMessage());
        }
        return "dashboard/catalog/search";
    }

    @GetMapping("/product")
    @TenantAccess(TenantPermission.CATALOG_READ)
    String product(@PathVariable UUID tenantId, @RequestParam String id, Model model) {
        TenantId tenant = new TenantId(tenantId);
        ProductSummary product = catalog.products(tenant, List.of(id)).get(id);
        if (product == null) {
            throw Problems.notFound("Product", id);
        }
        model.addAttribute("product", product);
        model.addAttribute("attributes", pretty(product.attributesJson()));
        model.addAttribute("neighbours", neighbours(tenant, id));
        return "dashboard/catalog/product";
    }

    private List<Neighbours> neighbours(TenantId tenant, String productId) {
        Recommendations engine = recommendations.getIfAvailable();
        List<Neighbours> all = new ArrayList<>();
        for (String strategy : STRATEGIES) {
            if (engine == null) {
                all.add(new Neighbours(strategy, null, "The recommendation engine is not running yet."));
                continue;
            }
            try {
                all.add(new Neighbours(
                        strategy,
                        engine.recommend(new RecommendationRequest(
                                tenant, null, null, productId, null, strategy, 6, null, null, null)),
                        null));
            } catch (ProblemException e) {
                all.add(new Neighbours(strategy, null, e.getMessage()));
            }
        }
        return all;
    }

    private String pretty(String attributes) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(attributes));
        } catch (RuntimeException e) {
            return attributes;
        }
    }
}
