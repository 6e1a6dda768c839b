package com.recomengine.tenants;

import com.recomengine.shared.TenantId;

/** A tenant was suspended, activated or deleted. */
public record TenantStatusChanged(TenantId tenantId, TenantStatus status) {}
