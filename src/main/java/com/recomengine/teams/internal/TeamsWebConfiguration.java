package com.recomengine.teams.internal;

import com.recomengine.shared.security.TenantAccess;
import com.recomengine.shared.security.TenantMemberships;
import com.recomengine.shared.security.TenantPermission;
import lombok.RequiredArgsConstructor;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the tenant access check in front of every handler, and each route's roles into the OpenAPI document. */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class TeamsWebConfiguration implements WebMvcConfigurer {

    private final TenantMemberships memberships;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new TenantAccessCheck(memberships));
    }

    /**
     * Each tenant operation says which permission it needs ({@code x-permission}) and which roles have it
     * ({@code x-roles}); the role × endpoint test reads both.
     */
    @Bean
    OperationCustomizer tenantRoles() {
        return (operation, handler) -> {
            TenantAccess access = handler.getMethodAnnotation(TenantAccess.class);
            if (access != null) {
                TenantPermission permission = access.value();
                operation.addExtension("x-permission", permission.name().toLowerCase());
                operation.addExtension(
                        "x-roles",
                        permission.roles().stream()
                                .map(com.recomengine.shared.security.TeamRole::wireName)
                                .toList());
                String roles = "Roles: " + permission.roleNames() + ".";
                operation.setDescription(
                        operation.getDescription() == null ? roles : operation.getDescription() + "\n\n" + roles);
            }
            return operation;
        };
    }
}
