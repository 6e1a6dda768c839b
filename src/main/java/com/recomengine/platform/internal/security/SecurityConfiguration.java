package com.recomengine.platform.internal.security;

import com.recomengine.platform.AccessTokenVerifier;
import com.recomengine.platform.ApiKeyVerifier;
import com.recomengine.platform.PlatformSecrets;
import com.recomengine.platform.RateLimiter;
import com.recomengine.platform.internal.web.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Two chains: the stateless API ({@code /api/**}, {@code /internal/**}) authenticated by keys and tokens, and the
 * browser side (health, docs, landing, the dashboard) with a session login.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiKeyVerifier keys, AccessTokenVerifier tokens, RateLimiter limiter,
                            PlatformSecrets secrets, ProblemWriter problems) throws Exception {
        http.securityMatcher("/api/**", "/internal/**")
                .csrf(AbstractHttpConfigurer::disable)
                .cors(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .addFilterBefore(new CredentialsFilter(keys, tokens, limiter, secrets, problems), AuthorizationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/auth/**").permitAll()
                        .requestMatchers("/internal/**").hasRole("INTERNAL")
                        .requestMatchers("/api/v1/tenants", "/api/v1/tenants/**").hasRole("ADMIN")
                        .anyRequest().hasRole("API_KEY"))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> problems.write(request, response,
                                HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", unauthorizedDetail(request.getRequestURI())))
                        .accessDeniedHandler((request, response, ex) -> problems.write(request, response,
                                HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "These credentials cannot call this endpoint.")));
        return http.build();
    }

    /**
     * Browser pages: the dashboard ({@code /dashboard/**}) needs a session from the form login at {@code /login},
     * which the dashboard module's {@code AuthenticationProvider} checks against the admin accounts; every other
     * page is public. CSRF tokens guard every form post of this chain (login, signup and logout included).
     */
    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/dashboard/assets/**").permitAll()
                        .requestMatchers("/dashboard", "/dashboard/**").authenticated()
                        .anyRequest().permitAll())
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(login -> login
                        .loginPage("/login")
                        .usernameParameter("email")
                        .defaultSuccessUrl("/dashboard")
                        .failureUrl("/login?error"))
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout"));
        return http.build();
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
