package com.recomengine.platform.internal.security;

import com.recomengine.platform.AccessTokenVerifier;
import com.recomengine.platform.ApiKeyVerifier;
import com.recomengine.platform.FastRoute;
import com.recomengine.platform.PlatformSecrets;
import com.recomengine.platform.RateLimiter;
import com.recomengine.platform.SignInPages;
import com.recomengine.platform.internal.PlatformProperties;
import com.recomengine.platform.internal.web.ApiRoutes;
import com.recomengine.platform.internal.web.DeclaredRoutes;
import com.recomengine.platform.internal.web.ProblemWriter;
import com.recomengine.platform.internal.web.RouteSecurity;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.config.BeanPostProcessor;
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
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Two chains: the stateless API ({@code /api/**}, {@code /internal/**}) authenticated by keys and tokens, and the
 * browser side (health, docs, landing, the dashboard) with a session login.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final int FAST_PATH_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    /**
     * The demo store's pages carry small inline scripts; nothing may load from elsewhere but images, which are the
     * catalog's own URLs (absolute, on the configured public base URL, which need not be this page's origin).
     */
    static final String PAGE_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' https: http: data:; connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            KeyGate gate,
            AccessTokenVerifier tokens,
            PlatformSecrets secrets,
            ProblemWriter problems,
            DeclaredRoutes routes)
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
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(ApiSecurityHeaders.CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)))
                .addFilterBefore(
                        new CredentialsFilter(gate, tokens, secrets, problems, routes), AuthorizationFilter.class)
                .authorizeHttpRequests(a -> a
                        // The ASYNC re-dispatch that completes a streamed response (StreamingResponseBody, SSE)
                        // carries no credentials; the request it completes was authorized on its REQUEST dispatch.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC)
                        .permitAll()
                        .requestMatchers("/internal/**")
                        .hasRole("INTERNAL")
                        // each API route as its controller declares it (@PublicRoute, @AdminRoute, @KeyRoute, ...)
                        .requestMatchers(declared(routes, RouteSecurity.PUBLIC, RouteSecurity.REFRESH_COOKIE))
                        .permitAll()
                        .requestMatchers(declared(routes, RouteSecurity.ADMIN_TOKEN))
                        .hasRole("ADMIN")
                        .anyRequest()
                        .hasRole("API_KEY"))
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> refuse(
                                problems,
                                routes,
                                request,
                                response,
                                HttpStatus.UNAUTHORIZED,
                                "unauthorized",
                                unauthorizedDetail(routes, request)))
                        .accessDeniedHandler((request, response, ex) -> refuse(
                                problems,
                                routes,
                                request,
                                response,
                                HttpStatus.FORBIDDEN,
                                "forbidden",
                                "These credentials cannot call this endpoint.")));
        return http.build();
    }

    @Bean
    KeyGate keyGate(
            ApiKeyVerifier keys,
            RateLimiter limiter,
            ProblemWriter problems,
            DeclaredRoutes routes,
            PlatformProperties properties) {
        return new KeyGate(keys, limiter, problems, routes, properties.limits().failedKeyChecksPerIpPerMinute());
    }

    /**
     * The fast path runs after request ids and body limits, before the HTTP observation (moved behind it below;
     * the fast path times its own requests under the same meter) and Spring Security's filter proxy (order -100).
     */
    @Bean
    FastPath fastPath(List<FastRoute> routes, KeyGate gate, ProblemWriter problems, MeterRegistry meters) {
        return new FastPath(routes, gate, problems, new FastPathTimers(meters));
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
     * Browser pages: those the modules declare ({@link SignInPages}, the dashboard's and the development mailbox)
     * need a session from the form sign-in the dashboard declares, which the dashboard module's {@code
     * AuthenticationProvider} checks against the admin accounts; every other page is public. CSRF tokens guard every
     * form post of this chain (sign-in, sign-up and sign-out included). The session is Spring Session's
     * (PostgreSQL), so any instance behind a plain round robin serves it.
     */
    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, List<LogoutHandler> logoutHandlers, List<SignInPages> declared)
            throws Exception {
        String[] open = declared.stream().flatMap(d -> d.open().stream()).toArray(String[]::new);
        String[] pages = declared.stream().flatMap(d -> d.pages().stream()).toArray(String[]::new);
        List<SignInPages.SignIn> signIns = declared.stream()
                .map(SignInPages::signIn)
                .filter(Objects::nonNull)
                .toList();
        if (signIns.size() > 1) {
            throw new IllegalStateException("More than one module declares the sign-in page: " + signIns);
        }
        http.authorizeHttpRequests(a -> {
                    if (open.length > 0) {
                        a.requestMatchers(open).permitAll();
                    }
                    if (pages.length > 0) {
                        a.requestMatchers(pages).authenticated();
                    }
                    a.anyRequest().permitAll();
                })
                .httpBasic(AbstractHttpConfigurer::disable)
                // Pages that set no policy of their own (the dashboard's is stricter) get this one; HSTS is sent on
                // HTTPS requests (X-Forwarded-Proto from the proxy counts: server.forward-headers-strategy).
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .httpStrictTransportSecurity(
                                hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        for (SignInPages.SignIn signIn : signIns) {
            http.formLogin(login -> login.loginPage(signIn.page())
                            .usernameParameter(signIn.usernameField())
                            .defaultSuccessUrl(signIn.home())
                            .failureUrl(signIn.page() + "?error"))
                    .logout(logout -> {
                        logout.logoutUrl(signIn.signOut()).logoutSuccessUrl(signIn.page() + "?logout");
                        // Modules' handlers (e.g. the dashboard's preview keys) run before the session is invalidated.
                        logoutHandlers.forEach(logout::addLogoutHandler);
                    });
        }
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

    /** A refusal of the API chain; a path nobody serves is a 404 whatever the credentials. */
    private static void refuse(
            ProblemWriter problems,
            DeclaredRoutes routes,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String type,
            String detail)
            throws IOException {
        if (request.getRequestURI().startsWith("/api/") && routes.routes().match(request) == null) {
            problems.write(
                    request,
                    response,
                    HttpStatus.NOT_FOUND,
                    "not-found",
                    "Not found",
                    "No endpoint " + request.getMethod() + " " + request.getRequestURI() + "; see /v3/api-docs.");
            return;
        }
        problems.write(request, response, status, type, status.getReasonPhrase(), detail);
    }

    private static String unauthorizedDetail(DeclaredRoutes routes, HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/internal/")) {
            return "Internal endpoints need the X-Internal-Key header.";
        }
        ApiRoutes.Route route = routes.routes().match(request);
        if (route != null && route.security() == RouteSecurity.ADMIN_TOKEN) {
            return "Admin endpoints need 'Authorization: Bearer <access token>' from POST /api/v1/auth/login.";
        }
        return "This endpoint needs an API key in the X-API-Key header.";
    }

    /** The requests whose route declares one of these credentials. */
    private static RequestMatcher declared(DeclaredRoutes routes, RouteSecurity... securities) {
        Set<RouteSecurity> wanted = Set.of(securities);
        return request -> {
            ApiRoutes.Route route = routes.routes().match(request);
            return route != null && wanted.contains(route.security());
        };
    }
}
