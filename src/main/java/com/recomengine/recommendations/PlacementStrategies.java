package com.recomengine.recommendations;

import com.recomengine.shared.TenantId;
import java.util.Optional;

/**
 * Where a placement's configured strategy comes from (implemented by the widgets module, which depends on this
 * module, not the other way round). The resolver asks, in order: a running experiment, a promoted experiment
 * winner, this, then the tenant's default strategy.
 */
public interface PlacementStrategies {

    Optional<String> strategyFor(TenantId tenantId, String placementId);
}
