package com.recomengine.teams.internal;

import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.Problems;
import com.recomengine.shared.security.AdminIdentity;
import com.recomengine.shared.security.Authenticated;
import com.recomengine.shared.security.TeamRole;
import com.recomengine.shared.security.TenantAccess;
import com.recomengine.shared.security.TenantMemberships;
import com.recomengine.shared.security.TenantPermission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The one authorization step of tenant routes (API and dashboard alike): every handler whose path has a
 * {@code {tenantId}} runs only for a member of that tenant whose role has the permission the handler declares with
 * {@link TenantAccess}. A non-member gets the 404 of a tenant that does not exist; a member with too small a role a
 * 403 naming the roles that would do. A handler that declares nothing is the owner's alone.
 */
@RequiredArgsConstructor
class TenantAccessCheck implements HandlerInterceptor {

    /** The request attribute holding the caller's {@link TeamRole} on the tenant of the path, once checked. */
    static final String ROLE = TenantAccessCheck.class.getName() + ".role";

    private final TenantMemberships memberships;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        UUID tenant = tenantOf(request);
        Optional<AdminIdentity> person = Authenticated.person();
        if (tenant == null || person.isEmpty()) {
            return true;
        }
        TeamRole role = memberships
                .roleOf(person.get().id(), new TenantId(tenant))
                .orElseThrow(() -> Problems.notFound("Tenant", tenant));
        TenantPermission needed = needed(method);
        if (!role.may(needed)) {
            throw Problems.roleNeeded(needed, role);
        }
        request.setAttribute(ROLE, role);
        return true;
    }

    static TenantPermission needed(HandlerMethod method) {
        TenantAccess access = method.getMethodAnnotation(TenantAccess.class);
        return access == null ? TenantPermission.OWNERSHIP : access.value();
    }

    /** The tenant id of the path; null when there is none or it is no UUID (the handler answers that as before). */
    private static @Nullable UUID tenantOf(HttpServletRequest request) {
        if (!(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables)
                || !(variables.get("tenantId") instanceof String id)) {
            return null;
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
