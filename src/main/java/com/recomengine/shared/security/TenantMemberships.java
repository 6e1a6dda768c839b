package com.recomengine.shared.security;

import com.recomengine.shared.AdminId;
import com.recomengine.shared.TenantId;
import java.util.Map;
import java.util.Optional;

/**
 * Who belongs to which tenant, with which role (implemented by the teams module). Answers are at most a second
 * old on every instance, so a removed or demoted member's access changes within that second.
 */
public interface TenantMemberships {

    /** The admin's role on the tenant; empty when the admin is not a member. */
    Optional<TeamRole> roleOf(AdminId admin, TenantId tenant);

    /** Every tenant the admin belongs to, with the admin's role there (read from the database). */
    Map<TenantId, TeamRole> tenantsOf(AdminId admin);
}
