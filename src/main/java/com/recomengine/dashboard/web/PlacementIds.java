package com.recomengine.dashboard.web;

import com.recomengine.dashboard.internal.DashboardAdmin;
import com.recomengine.shared.TenantId;
import com.recomengine.widgets.WidgetSpec;
import com.recomengine.widgets.Widgets;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** The placement ids of a tenant's widgets: what the rule pages suggest where a placement is typed. */
@Component
@RequiredArgsConstructor
class PlacementIds {

    private final Widgets widgets;

    List<String> of(DashboardAdmin admin, TenantId tenant) {
        return widgets.placements(admin.id(), tenant).stream()
                .map(WidgetSpec::placementId)
                .toList();
    }
}
