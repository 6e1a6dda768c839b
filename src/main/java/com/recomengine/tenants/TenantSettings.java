package com.recomengine.tenants;

import com.recomengine.shared.TenantId;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What other modules need to know of a tenant, read on hot paths from a short-lived cache. */
public record TenantSettings(
        TenantId tenantId,
        TenantStatus status,
        String defaultStrategy,
        Set<String> allowedOrigins,
        boolean excludePurchased,
        Set<String> excludedCategories,
        int retentionDays,
        @Nullable Long readsPerMinute,
        @Nullable Long writesPerMinute) {

    public boolean active() {
        return status == TenantStatus.ACTIVE;
    }
}
