package com.recomengine.tenants.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A partial update of a tenant: null fields stay as they are. */
public record TenantChanges(
        @Nullable String name,
        @Nullable String defaultStrategy,
        @Nullable List<String> allowedOrigins,
        @Nullable Boolean excludePurchased,
        @Nullable List<String> excludedCategories,
        @Nullable Integer retentionDays,
        @Nullable Long readsPerMinute,
        @Nullable Long writesPerMinute) {}
