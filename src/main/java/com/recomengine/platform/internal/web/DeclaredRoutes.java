package com.recomengine.platform.internal.web;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The {@link ApiRoutes} of this application, read from MVC's handler methods once they are all known (servlet
 * filters are made before the controllers): at the end of the start, so that an undeclared route stops it, or at
 * the first request that asks before then.
 */
@Component
public class DeclaredRoutes implements SmartInitializingSingleton {

    private final ObjectProvider<RequestMappingHandlerMapping> mapping;
    private volatile @Nullable ApiRoutes routes;

    DeclaredRoutes(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mapping) {
        this.mapping = mapping;
    }

    public ApiRoutes routes() {
        ApiRoutes known = routes;
        if (known == null) {
            synchronized (this) {
                known = routes;
                if (known == null) {
                    known = ApiRoutes.of(mapping.getObject().getHandlerMethods());
                    routes = known;
                }
            }
        }
        return known;
    }

    @Override
    public void afterSingletonsInstantiated() {
        routes();
    }
}
