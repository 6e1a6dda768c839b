package com.recomengine.widgets.internal;

import com.recomengine.recommendations.PlacementStrategies;
import com.recomengine.shared.TenantId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The strategy a placement's widget asks for, from the in-memory widget configurations (no query per call). */
@Component
class ConfiguredPlacementStrategies implements PlacementStrategies {

    private final PublishedWidgets widgets;

    ConfiguredPlacementStrategies(PublishedWidgets widgets) {
        this.widgets = widgets;
    }

    @Override
    public Optional<String> strategyFor(TenantId tenantId, String placementId) {
        return widgets.find(tenantId, placementId).map(w -> w.spec().strategy());
    }
}
