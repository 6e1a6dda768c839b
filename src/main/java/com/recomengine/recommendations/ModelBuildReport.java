package com.recomengine.recommendations;

import com.recomengine.shared.TenantId;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * One model build: the generation it produced, what it read ({@code interactions} with a product, from {@code
 * users} shoppers, over {@code items} products of interactions and catalog), the size of each strategy's model
 * (neighbour entries, or ranked items), and where the time went. The admin API answers a rebuild with it, the
 * tenant written as its UUID.
 */
@Schema(name = "BuildView")
public record ModelBuildReport(
        @JsonSerialize(using = ToStringSerializer.class) @Schema(implementation = UUID.class)
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
