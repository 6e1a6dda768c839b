package com.recomengine.catalog;

import com.recomengine.shared.TenantId;
import java.util.Set;

/** Products were created or changed (including becoming unavailable): one event per write or batch. */
public record ProductsChanged(TenantId tenantId, Set<String> productIds) {}
