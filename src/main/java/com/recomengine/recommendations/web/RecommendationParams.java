package com.recomengine.recommendations.web;

import com.recomengine.recommendations.RecommendationRequest;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The query parameters of the recommendation endpoints, read and checked; a bad one is a validation problem. */
final class RecommendationParams {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_PLACEMENTS = 10;

    private RecommendationParams() {}

    /** Parameters are read directly rather than bound one by one: this is the hot path of the product. */
    static RecommendationRequest request(TenantId tenant, HttpServletRequest http) {
        return new RecommendationRequest(
                tenant,
                http.getParameter("userId"),
                http.getParameter("assignmentId"),
                http.getParameter("productId"),
                http.getParameter("placementId"),
                http.getParameter("strategy"),
                limit(http),
                http.getParameter("category"),
                price(http, "minPrice"),
                price(http, "maxPrice"));
    }

    private static int limit(HttpServletRequest http) {
        String limit = http.getParameter("limit");
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw Problems.invalid("limit", "must be a whole number from 1 to 100");
        }
    }

    private static @Nullable BigDecimal price(HttpServletRequest http, String name) {
        String price = http.getParameter(name);
        if (price == null) {
            return null;
        }
        try {
            return new BigDecimal(price.strip());
        } catch (NumberFormatException e) {
            throw Problems.invalid(name, "must be a number");
        }
    }

    /** The placements of a page: 1 to {@value #MAX_PLACEMENTS} ids, comma-separated, each once in the order named. */
    static List<String> placements(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            throw Problems.invalid("placements", "must name 1 to " + MAX_PLACEMENTS + " placements, comma-separated");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String part : raw.split(",", -1)) {
            String id = part.strip();
            if (id.isEmpty()) {
                throw Problems.invalid("placements", "must not contain an empty placement id");
            }
            ids.add(id);
        }
        if (ids.size() > MAX_PLACEMENTS) {
            throw Problems.invalid("placements", "must name at most " + MAX_PLACEMENTS + " placements");
        }
        return new ArrayList<>(ids);
    }
}
