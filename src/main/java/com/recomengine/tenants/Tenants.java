package com.recomengine.tenants;

import com.recomengine.shared.AdminId;
import com.recomengine.shared.TenantId;
import java.util.List;
import java.util.Optional;

/** The tenants module as other modules see it. */
public interface Tenants {

    /**
     * Passes when the admin owns the (not deleted) tenant; otherwise throws a 404 problem, so that another admin's
     * tenant is indistinguishable from one that does not exist.
     */
    /** Creates an active tenant with default settings, owned by {@code owner}. */
    TenantId create(AdminId owner, String name);

    /** The admin's tenants that are not deleted, oldest first. */
    List<TenantId> ownedBy(AdminId owner);

    void requireOwned(AdminId admin, TenantId tenant);

    /** The tenant's settings, at most about a second old; empty when the tenant does not exist. */
    Optional<TenantSettings> settings(TenantId tenant);
}
