package com.recomengine.widgets;

import com.recomengine.shared.TenantId;
import java.util.Optional;

/** The widgets module as other modules (demo, dashboard) use it. */
public interface Widgets {

    /**
     * The tenant's widget on the placement, at most about a second old (changes made on this instance show at once).
     */
    Optional<WidgetSpec> find(TenantId tenant, String placementId);

    /** Creates the widget unless the tenant already has one on that placement (which stays as it is). */
    boolean createIfMissing(TenantId tenant, WidgetSpec spec);
}
