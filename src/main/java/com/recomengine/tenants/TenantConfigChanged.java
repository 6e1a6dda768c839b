package com.recomengine.tenants;

import com.recomengine.shared.TenantId;

/** A tenant's configuration changed: caches that depend on it (recommendations, CORS) must drop it. */
public record TenantConfigChanged(TenantId tenantId) {}
