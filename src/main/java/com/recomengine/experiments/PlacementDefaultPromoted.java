package com.recomengine.experiments;

import com.recomengine.shared.TenantId;
import java.util.UUID;

/** A completed experiment's winning strategy became the placement's default. */
public record PlacementDefaultPromoted(TenantId tenantId, String placementId, String strategy, UUID experimentId) {}
