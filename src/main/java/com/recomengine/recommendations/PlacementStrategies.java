package com.recomengine.recommendations;

import com.recomengine.shared.TenantId;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a placement's configured strategy comes from (implemented by the widgets module, which depends on this
 * module, not the other way round). The resolver asks, in order: a running experiment, a promoted experiment
 * winner, this, then the tenant's default strategy.
 */
public interface PlacementStrategies {

    Optional<String> strategyFor(TenantId tenantId, String placementId);

    /** The placement's diversity cap: at most this many items of one category in its list (none by default). */
    default OptionalInt maxPerCategory(TenantId tenantId, String placementId) {
        return OptionalInt.empty();
    }

    /** The placement's rotation: how long and how strongly products shown to the shopper are demoted (none by default). */
    default Optional<Rotation> rotation(TenantId tenantId, String placementId) {
        return Optional.empty();
    }
}
