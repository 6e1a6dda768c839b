package com.recomengine.tenants.internal;

import com.recomengine.shared.problem.ProblemException;
import com.recomengine.shared.problem.ProblemKind;
import com.recomengine.tenants.TenantStatus;
import java.util.Map;

/** A lifecycle step the tenant's current state does not allow (e.g. activating an active tenant): 409. */
class TenantTransitionRefused extends ProblemException {

    TenantTransitionRefused(TenantStatus current, String action) {
        super(
                ProblemKind.CONFLICT,
                "illegal-transition",
                "Conflict",
                "Cannot " + action + " a tenant that is " + current.name().toLowerCase() + ".",
                Map.of("currentStatus", current.name().toLowerCase()));
    }
}
