package com.recomengine.tenants;

import com.recomengine.shared.AdminId;
import com.recomengine.shared.TenantId;
import java.util.List;
import java.util.Optional;

/** The tenants module as other modules see it. */
public interface Tenants {

    /** Creates an active tenant with default settings, owned by {@code owner}. */
    TenantId create(AdminId owner, String name);

    /** The admin's tenants that are not deleted, oldest first. */
    List<TenantId> ownedBy(AdminId owner);

    /**
     * Passes when the admin owns the (not deleted) tenant; otherwise throws a 404 problem, so that another admin's
     * tenant is indistinguishable from one that does not exist.
     */
    void requireOwned(AdminId admin, TenantId tenant);

    /** The tenant's settings, at most about a second old; empty when the tenant does not exist. */
    Optional<TenantSettings> settings(TenantId tenant);

    /** Creates an active tenant owned by {@code owner} with the given configuration (defaults for null fields). */
    TenantId create(AdminId owner, String name, TenantConfig config);

    /** The admin's tenants that are not deleted, newest first. */
    List<TenantProfile> profilesOwnedBy(AdminId owner);

    /** The admin's tenant, read from the database; a 404 problem unless the admin owns it (and it is not deleted). */
    TenantProfile profile(AdminId owner, TenantId tenant);

    /** Changes the non-null fields of the configuration; a 404 problem unless the admin owns the tenant. */
    void configure(AdminId owner, TenantId tenant, TenantConfig config);

    /**
     * Suspends ({@code SUSPENDED}), activates ({@code ACTIVE}) or deletes ({@code DELETED}: keys stop at once, data
     * is purged after the grace period) the admin's tenant; a 409 problem when its current status does not allow it.
     */
    void changeStatus(AdminId owner, TenantId tenant, TenantStatus to);
}
