package com.recomengine.recommendations;

import com.recomengine.shared.TenantId;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What to recommend: for a user (unknown users get the tenant's generic list), optionally around an anchor
 * product, for a placement (whose configuration or experiment picks the strategy unless {@code strategy} is
 * given), with optional category and price constraints. {@code assignmentId} (the SDK's stable anonymous id) is
 * what experiments bucket by when present, so a visitor keeps their variant after identifying.
 */
public record RecommendationRequest(
        TenantId tenantId,
        @Nullable String userId,
        @Nullable String assignmentId,
        @Nullable String productId,
        @Nullable String placementId,
        @Nullable String strategy,
        int limit,
        @Nullable String category,
        @Nullable BigDecimal minPrice,
        @Nullable BigDecimal maxPrice) {

    public static RecommendationRequest forUser(TenantId tenantId, @Nullable String userId, int limit) {
        return new RecommendationRequest(tenantId, userId, null, null, null, null, limit, null, null, null);
    }
}
