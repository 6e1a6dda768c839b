package com.recomengine.recommendations;

import com.recomengine.shared.TenantId;
import java.time.Instant;
import java.util.Map;

/**
 * One model build: the generation it produced, what it read ({@code interactions} with a product, from {@code
 * users} shoppers, over {@code items} products of interactions and catalog), the size of each strategy's model
 * (neighbour entries, or ranked items), and where the time went.
 */
public record ModelBuildReport(
        TenantId tenantId,
        long generation,
        Instant asOf,
        long interactions,
        int users,
        int items,
        Map<String, Integer> sizes,
        long readMillis,
        long buildMillis,
        long storeMillis,
        long totalMillis) {

    public ModelBuildReport {
        sizes = Map.copyOf(sizes);
    }
}
