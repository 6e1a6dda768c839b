package com.recomengine.tenants.internal;

import com.recomengine.shared.security.TeamRole;
import com.recomengine.shared.web.Versioned;

/** A tenant that is not deleted, with an admin's role on it. */
record Membership(Tenant tenant, TeamRole role) {

    TenantView view() {
        return TenantView.of(tenant, role);
    }

    Versioned<TenantView> versioned() {
        return new Versioned<>(view(), tenant.version());
    }
}
