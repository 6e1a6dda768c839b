package com.recomengine.tenants;

import com.recomengine.shared.TenantId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A tenant as its owner sees it: name, settings and lifecycle dates ({@code purgeAfter} once deleted). */
public record TenantProfile(
        String name,
        TenantSettings settings,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant purgeAfter) {

    public TenantId id() {
        return settings.tenantId();
    }

    public TenantStatus status() {
        return settings.status();
    }
}
