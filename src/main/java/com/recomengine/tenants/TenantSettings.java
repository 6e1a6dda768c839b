package com.recomengine.tenants;

import com.recomengine.shared.TenantId;
import com.recomengine.shared.Verdict;
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

    /**
     * The word on the allowed origins: none while a publishable key is in use is broken (browsers on the store get
     * 403), none at all needs attention once pages use one.
     */
    public Verdict originsVerdict(boolean publishableKeyInUse) {
        if (!allowedOrigins.isEmpty()) {
            return Verdict.OK;
        }
        return publishableKeyInUse ? Verdict.BAD : Verdict.WARN;
    }
}
