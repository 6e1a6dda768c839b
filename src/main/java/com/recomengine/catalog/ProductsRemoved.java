package com.recomengine.catalog;

import com.recomengine.shared.TenantId;
import java.util.Set;

/** Products were deleted from the catalog: one event per delete or batch delete. */
public record ProductsRemoved(TenantId tenantId, Set<String> productIds) {}
