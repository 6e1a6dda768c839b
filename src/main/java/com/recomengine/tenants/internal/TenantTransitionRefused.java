package com.recomengine.tenants.internal;

import com.recomengine.shared.problem.ProblemException;
import com.recomengine.tenants.TenantStatus;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A lifecycle step the tenant's current state does not allow (e.g. activating an active tenant): 409. */
class TenantTransitionRefused extends ProblemException {

    TenantTransitionRefused(TenantStatus current, String action) {
        super(
                HttpStatus.CONFLICT,
                "illegal-transition",
                "Conflict",
                "Cannot " + action + " a tenant that is " + current.name().toLowerCase() + ".",
                Map.of("currentStatus", current.name().toLowerCase()));
    }
}
