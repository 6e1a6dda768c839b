package com.recomengine.platform.internal.ops;

import com.recomengine.platform.DatabaseCircuit;
import com.recomengine.platform.internal.web.ApiRoutes;
import com.recomengine.platform.internal.web.DeclaredRoutes;
import com.recomengine.platform.internal.web.ProblemWriter;
import com.recomengine.platform.internal.web.RouteSecurity;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database circuit is open, the calls of admin and account routes (those that do not take an API key),
 * which all need PostgreSQL, answer 503 at once, before authentication (whose session check reads PostgreSQL too),
 * instead of each waiting the pool's connection timeout. Key-authenticated calls go on: ingestion spools, and
 * recommendations answer from memory.
 */
@Configuration(proxyBeanMethods = false)
class AdminCallsWhileDatabaseDown {

    /** Before Spring Security's filter chain (order -100). */
    private static final int ORDER = -101;

    private static final String RETRY_AFTER_SECONDS = "5";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> adminCallsRefusedWhileDatabaseDown(
            DatabaseCircuit database, ProblemWriter problems, DeclaredRoutes routes) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!database.isOpen() || !adminOrAccount(routes.routes().match(request))) {
                    chain.doFilter(request, response);
                    return;
                }
                response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
                problems.write(
                        request,
                        response,
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "database-unavailable",
                        "Service Unavailable",
                        "The database is unreachable; account and tenant administration is unavailable until it "
                                + "answers again. Events are still accepted and recommendations still served.");
            }
        });
        registration.addUrlPatterns("/api/*");
        registration.setOrder(ORDER);
        return registration;
    }

    private static boolean adminOrAccount(ApiRoutes.@Nullable Route route) {
        return route != null && route.security() != RouteSecurity.API_KEY;
    }
}
