package com.recomengine.dashboard.web;

import com.recomengine.events.InteractionCoverage;
import com.recomengine.recommendations.ModelBuildReport;
import com.recomengine.recommendations.ModelBuildStatus;
import com.recomengine.recommendations.StrategyReadiness;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The health page's plain words: how the model builds stand, what a build made, what each strategy needs. */
final class HealthWording {

    private HealthWording() {}

    static String buildDetail(ModelBuildStatus status, Format format) {
        if (status.parked()) {
            return "The last " + status.failedAttempts() + " builds failed, so builds are paused until "
                    + format.moment(status.retryAt()) + " (or Build now). Last error: " + status.lastError();
        }
        if (status.failing()) {
            return "The last build failed (" + status.failedAttempts() + " in a row), " + format.ago(status.failedAt())
                    + "; retried at " + format.moment(status.retryAt()) + ". Error: " + status.lastError();
        }
        return status.builtAt() == null
                ? "The first build is queued."
                : "Last built " + format.ago(status.builtAt()) + ".";
    }

    static String sizes(ModelBuildReport report, Format format) {
        List<String> parts = new ArrayList<>();
        report.sizes().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> parts.add(format.strategy(e.getKey()) + " " + format.number(e.getValue())));
        return String.join(", ", parts);
    }

    static String needs(StrategyReadiness r, InteractionCoverage c, long lastHour, Format format) {
        return switch (r.strategy()) {
            case "collaborative" ->
                "Needs shoppers who viewed, clicked or bought two or more products: you have " + format.number(r.have())
                        + " in the last 30 days (" + r.need() + " or more works).";
            case "frequently_bought_together" -> {
                long baskets = c.ordersWithTwoProducts() + c.sessionsWithTwoProducts();
                yield "Needs orders with 2+ items (purchases sharing a metadata.orderId): you have "
                        + format.number(r.have()) + " (" + r.need() + " or more works), and "
                        + format.number(c.sessionsWithTwoProducts())
                        + " sessions with 2+ products" + (baskets == 0 ? "." : " (used too).");
            }
            case "content_based" ->
                "Needs products with names, categories and attributes: the catalog has " + format.number(r.have())
                        + ". It also serves products nobody has interacted with yet.";
            case "trending" ->
                "Needs recent views, clicks and purchases: " + format.number(r.have()) + " today, "
                        + format.number(lastHour) + " events in the last hour.";
            default ->
                "Needs any interactions with products: " + format.number(c.users()) + " shoppers touched "
                        + format.number(c.products()) + " products in the last 30 days ("
                        + format.number(c.purchases()) + " purchases).";
        };
    }
}
