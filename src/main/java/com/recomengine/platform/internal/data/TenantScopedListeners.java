package com.recomengine.platform.internal.data;

import com.recomengine.platform.TenantScope;
import com.recomengine.shared.TenantId;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Every module listener handles its event in the scope of the event's tenant: an event carries its tenant first
 * ({@code tenantId()}), and the listener's transaction (begun inside this advice) sees that tenant's rows alone. A
 * listener added later is covered without a line of its own; an event without a tenant runs outside every scope
 * (it sees no tenant's rows).
 */
@Configuration(proxyBeanMethods = false)
class TenantScopedListeners {

    private static final Map<Class<?>, Optional<Method>> ACCESSORS = new ConcurrentHashMap<>();

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor tenantScopedListenerAdvisor() {
        MethodInterceptor interceptor = invocation -> {
            Object[] arguments = invocation.getArguments();
            TenantId tenant = arguments.length == 0 ? null : tenantOf(arguments[0]);
            if (tenant == null) {
                return invocation.proceed();
            }
            try (TenantScope.Entered ignored = TenantScope.enter(tenant)) {
                return invocation.proceed();
            }
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                new AnnotationMatchingPointcut(null, ApplicationModuleListener.class, true), interceptor);
        // Inside the listener's asynchronous hand-off, outside its transaction.
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    private static TenantId tenantOf(Object event) {
        Optional<Method> accessor = ACCESSORS.computeIfAbsent(event.getClass(), type -> {
            try {
                Method method = type.getMethod("tenantId");
                return TenantId.class.equals(method.getReturnType()) ? Optional.of(method) : Optional.empty();
            } catch (NoSuchMethodException e) {
                return Optional.empty();
            }
        });
        if (accessor.isEmpty()) {
            return null;
        }
        try {
            return (TenantId) accessor.get().invoke(event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "Could not read the tenant of " + event.getClass().getName(), e);
        }
    }
}
