package com.recomengine.tenants;

import com.recomengine.shared.AdminId;
import com.recomengine.shared.TenantId;
import java.util.List;
import java.util.Optional;

/** The tenants module as other modules see it. */
public interface Tenants {

    /** Creates an active tenant with default settings, owned by {@code owner}. */
    TenantId create(AdminId owner, String name);

    /** The tenants the admin is an owner of that are not deleted, oldest first. */
    List<TenantId> ownedBy(AdminId owner);

    /**
     * Passes when the admin is a member (of any role) of the (not deleted) tenant; otherwise throws a 404 problem,
     * so that another admin's tenant is indistinguishable from one that does not exist. What the member's role
     * allows is checked by the route's declared {@code TenantAccess}.
     */
    void requireOwned(AdminId admin, TenantId tenant);

    /** Passes when the tenant exists and is not deleted; otherwise throws a 404 problem. */
    void requireExisting(TenantId tenant);

    /** The tenant's settings, at most about a second old; empty when the tenant does not exist. */
    Optional<TenantSettings> settings(TenantId tenant);

    /** Creates an active tenant owned by {@code owner} with the given configuration (defaults for null fields). */
    TenantId create(AdminId owner, String name, TenantConfig config);

    /** Every tenant the admin belongs to that is not deleted, newest first, each with the admin's role. */
    List<TenantProfile> profilesOwnedBy(AdminId owner);

    /** The admin's tenant, read from the database; a 404 problem unless the admin is a member (and it is not deleted). */
    TenantProfile profile(AdminId owner, TenantId tenant);

    /** Changes the non-null fields of the configuration; a 404 problem unless the admin owns the tenant. */
    void configure(AdminId owner, TenantId tenant, TenantConfig config);

    /**
     * Suspends ({@code SUSPENDED}), activates ({@code ACTIVE}) or deletes ({@code DELETED}: keys stop at once, data
     * is purged after the grace period) the admin's tenant; a 409 problem when its current status does not allow it.
     */
    void changeStatus(AdminId owner, TenantId tenant, TenantStatus to);
}
