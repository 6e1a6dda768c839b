package com.recomengine.tenants;

import com.recomengine.shared.TenantId;

/** A deleted tenant's grace period ended: every module deletes the tenant's data when it receives this. */
public record TenantPurgeDue(TenantId tenantId) {}
