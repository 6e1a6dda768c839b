package com.recomengine.tenants.internal;

import com.recomengine.shared.security.TeamRole;
import com.recomengine.tenants.TenantSettings;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A tenant as a member sees it through the API, with the member's role on it. */
public record TenantView(
        UUID id,
        String name,
        String status,
        Config config,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant purgeAfter,
        String role) {

    public record Config(
            String defaultStrategy,
            List<String> allowedOrigins,
            boolean excludePurchased,
            List<String> excludedCategories,
            int retentionDays,
            @Nullable Long readsPerMinute,
            @Nullable Long writesPerMinute) {}

    static TenantView of(Tenant tenant, TeamRole role) {
        TenantSettings s = tenant.settings();
        return new TenantView(
                tenant.id(),
                tenant.name(),
                tenant.status().name().toLowerCase(),
                new Config(
                        s.defaultStrategy(),
                        List.copyOf(s.allowedOrigins()),
                        s.excludePurchased(),
                        List.copyOf(s.excludedCategories()),
                        s.retentionDays(),
                        s.readsPerMinute(),
                        s.writesPerMinute()),
                tenant.createdAt(),
                tenant.updatedAt(),
                tenant.purgeAfter(),
                role.wireName());
    }
}
