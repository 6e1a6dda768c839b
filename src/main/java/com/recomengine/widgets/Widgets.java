package com.recomengine.widgets;

import com.recomengine.shared.AdminId;
import com.recomengine.shared.TenantId;
import java.util.List;
import java.util.Optional;

/** The widgets module as other modules (demo, dashboard) use it. */
public interface Widgets {

    /**
     * The tenant's widget on the placement, at most about a second old (changes made on this instance show at once).
     */
    Optional<WidgetSpec> find(TenantId tenant, String placementId);

    /** Creates the widget unless the tenant already has one on that placement (which stays as it is). */
    boolean createIfMissing(TenantId tenant, WidgetSpec spec);

    /** The widgets of a tenant the admin owns, by placement (at most 500); a 404 problem for another's tenant. */
    List<WidgetSpec> placements(AdminId admin, TenantId tenant);

    /** The widget of the placement as stored now; a 404 problem when there is none or the tenant is another's. */
    WidgetSpec spec(AdminId admin, TenantId tenant, String placementId);

    /** Creates or replaces the whole widget of {@code spec}'s placement; true when this created it. */
    boolean save(AdminId admin, TenantId tenant, WidgetSpec spec);

    /** Deletes the placement's widget (404 problem when there is none): the SDK then draws plain recommendations. */
    void delete(AdminId admin, TenantId tenant, String placementId);
}
