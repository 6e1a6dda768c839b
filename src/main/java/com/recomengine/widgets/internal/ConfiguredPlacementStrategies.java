package com.recomengine.widgets.internal;

import com.recomengine.recommendations.PlacementStrategies;
import com.recomengine.recommendations.Rotation;
import com.recomengine.shared.TenantId;
import java.util.Optional;
import java.util.OptionalInt;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** The strategy, diversity and rotation a placement's widget asks for, from the in-memory widget configurations (no query per call). */
@Component
@RequiredArgsConstructor
class ConfiguredPlacementStrategies implements PlacementStrategies {

    private final PublishedWidgets widgets;

    @Override
    public Optional<String> strategyFor(TenantId tenantId, String placementId) {
        return widgets.find(tenantId, placementId).map(w -> w.spec().strategy());
    }

    @Override
    public OptionalInt maxPerCategory(TenantId tenantId, String placementId) {
        Integer cap = widgets.find(tenantId, placementId)
                .map(w -> w.spec().maxPerCategory())
                .orElse(null);
        return cap == null ? OptionalInt.empty() : OptionalInt.of(cap);
    }

    @Override
    public Optional<Rotation> rotation(TenantId tenantId, String placementId) {
        return widgets.find(tenantId, placementId).map(w -> w.spec().rotation());
    }
}
