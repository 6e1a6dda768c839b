package com.recomengine.platform.internal.security;

import com.recomengine.platform.AccessTokenVerifier;
import com.recomengine.platform.ApiKeyVerifier;
import com.recomengine.platform.FastRoute;
import com.recomengine.platform.PlatformSecrets;
import com.recomengine.platform.RateLimiter;
import com.recomengine.platform.internal.web.ProblemWriter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import java.util.List;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Two chains: the stateless API ({@code /api/**}, {@code /internal/**}) authenticated by keys and tokens, and the
 * browser side (health, docs, landing, the dashboard) with a session login.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final int FAST_PATH_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            KeyGate gate,
            AccessTokenVerifier tokens,
            PlatformSecrets secrets,
            ProblemWriter problems)
            throws Exception {
        http.securityMatcher("/api/**", "/internal/**")
                .csrf(AbstractHttpConfigurer::disable)
                .cors(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(ApiSecurityHeaders.CSP)))
                .addFilterBefore(new CredentialsFilter(gate, tokens, secrets, problems), AuthorizationFilter.class)
                .authorizeHttpRequests(a -> a
                        // The ASYNC re-dispatch that completes a streamed response (StreamingResponseBody, SSE)
                        // carries no credentials; the request it completes was authorized on its REQUEST dispatch.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC)
                        .permitAll()
                        .requestMatchers("/api/v1/auth/**")
                        .permitAll()
                        .requestMatchers("/internal/**")
                        .hasRole("INTERNAL")
                        .requestMatchers("/api/v1/tenants", "/api/v1/tenants/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .hasRole("API_KEY"))
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> problems.write(
                                request,
                                response,
                                HttpStatus.UNAUTHORIZED,
                                "unauthorized",
                                "Unauthorized",
                                unauthorizedDetail(request.getRequestURI())))
                        .accessDeniedHandler((request, response, ex) -> problems.write(
                                request,
                                response,
                                HttpStatus.FORBIDDEN,
                                "forbidden",
                                "Forbidden",
                                "These credentials cannot call this endpoint.")));
        return http.build();
    }

    @Bean
    KeyGate keyGate(ApiKeyVerifier keys, RateLimiter limiter, ProblemWriter problems) {
        return new KeyGate(keys, limiter, problems);
    }

    /**
     * The fast path runs after request ids and body limits, before the HTTP observation (moved behind it below;
     * the fast path times its own requests under the same meter) and Spring Security's filter proxy (order -100).
     */
    @Bean
    FastPath fastPath(List<FastRoute> routes, KeyGate gate, ProblemWriter problems, MeterRegistry meters) {
        return new FastPath(routes, gate, problems, new FastPathTimers(meters));
    }

    /** GETs take the fast path in a valve of the application's context, before the servlet filter chain. */
    @Bean
    TomcatContextCustomizer fastPathValve(FastPath fastPath) {
        return context -> context.getPipeline().addValve(new FastPathValve(fastPath));
    }

    @Bean
    FilterRegistrationBean<FastPathFilter> fastPathFilter(FastPath fastPath) {
        var registration = new FilterRegistrationBean<>(new FastPathFilter(fastPath));
        registration.addUrlPatterns("/api/v1/*");
        registration.setOrder(FAST_PATH_ORDER);
        return registration;
    }

    /** Spring Boot registers the HTTP server observation at {@code HIGHEST_PRECEDENCE + 1}: it goes after the fast path. */
    @Bean
    static BeanPostProcessor observationAfterFastPath() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof FilterRegistrationBean<?> registration
                        && registration.getFilter() instanceof ServerHttpObservationFilter) {
                    registration.setOrder(FAST_PATH_ORDER + 1);
                }
                return bean;
            }
        };
    }

    /**
     * Browser pages: the dashboard ({@code /dashboard/**}) needs a session from the form login at {@code /login},
     * which the dashboard module's {@code AuthenticationProvider} checks against the admin accounts; every other
     * page is public. CSRF tokens guard every form post of this chain (login, signup and logout included). The
     * session is Spring Session's (PostgreSQL), so any instance behind a plain round robin serves it.
     */
    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, List<LogoutHandler> logoutHandlers) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/dashboard/assets/**")
                        .permitAll()
                        .requestMatchers("/dashboard", "/dashboard/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(login -> login.loginPage("/login")
                        .usernameParameter("email")
                        .defaultSuccessUrl("/dashboard")
                        .failureUrl("/login?error"))
                .logout(logout -> {
                    logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout");
                    // Modules' handlers (e.g. the dashboard's preview keys) run before the session is invalidated.
                    logoutHandlers.forEach(logout::addLogoutHandler);
                });
        return http.build();
    }

    /**
     * No per-filter, per-authorization observations: they wrapped each of the ~15 security filters and cost a
     * sixth of the CPU of a key-authenticated request; HTTP server metrics still time every request.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    private static String unauthorizedDetail(String path) {
        if (path.startsWith("/internal/")) {
            return "Internal endpoints need the X-Internal-Key header.";
        }
        if (path.startsWith("/api/v1/tenants")) {
            return "Admin endpoints need 'Authorization: Bearer <access token>' from POST /api/v1/auth/login.";
        }
        return "This endpoint needs an API key in the X-API-Key header.";
    }
}
