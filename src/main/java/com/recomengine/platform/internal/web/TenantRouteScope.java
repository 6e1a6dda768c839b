package com.recomengine.platform.internal.web;

import com.recomengine.platform.TenantScope;
import com.recomengine.shared.TenantId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.AsyncHandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A route of one tenant — its {@code {tenantId}} path variable (admin API and dashboard pages) — handles its request
 * in that tenant's {@link TenantScope}: whatever the handler
 * reads or writes in a tenant table is that tenant's alone. Whether the caller may act for the tenant at all is
 * still the handler's check (this only narrows what the database shows it).
 */
@Configuration(proxyBeanMethods = false)
class TenantRouteScope implements WebMvcConfigurer, AsyncHandlerInterceptor {

    private static final String ENTERED = TenantRouteScope.class.getName() + ".entered";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        TenantId tenant = tenantOf(request);
        if (tenant != null) {
            request.setAttribute(ENTERED, TenantScope.enter(tenant));
        }
        return true;
    }

    @Override
    public void afterConcurrentHandlingStarted(HttpServletRequest request, HttpServletResponse response, Object h) {
        leave(request);
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable Exception ex) {
        leave(request);
    }

    private static void leave(HttpServletRequest request) {
        if (request.getAttribute(ENTERED) instanceof TenantScope.Entered entered) {
            request.removeAttribute(ENTERED);
            entered.close();
        }
    }

    @Nullable
    private static TenantId tenantOf(HttpServletRequest request) {
        if (!(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables)) {
            return null;
        }
        if (!(variables.get("tenantId") instanceof String text)) {
            return null;
        }
        try {
            return new TenantId(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            // The handler answers the malformed id; the request sees no tenant's rows meanwhile.
            return null;
        }
    }
}
