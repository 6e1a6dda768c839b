package com.recomengine.platform.internal.security;

import com.recomengine.platform.AccessTokenVerifier;
import com.recomengine.platform.PlatformSecrets;
import com.recomengine.platform.TenantScope;
import com.recomengine.platform.internal.web.ApiRoutes;
import com.recomengine.platform.internal.web.DeclaredRoutes;
import com.recomengine.platform.internal.web.ProblemWriter;
import com.recomengine.platform.internal.web.RouteSecurity;
import com.recomengine.shared.security.AdminPrincipal;
import com.recomengine.shared.security.ApiKeyPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls: {@code X-API-Key} (or {@code Authorization: Bearer rk_…}) for the merchant API through
 * the {@link KeyGate}, a Bearer access token for the admin API, {@code X-Internal-Key} for internal endpoints. It
 * answers CORS preflights (which carry no key) permissively: the real request is what gets checked. A key already
 * admitted by the fast path (which then fell through) is not admitted, nor rate-limited, twice.
 */
final class CredentialsFilter extends OncePerRequestFilter {

    private final KeyGate gate;
    private final AccessTokenVerifier tokens;
    private final PlatformSecrets secrets;
    private final ProblemWriter problems;
    private final DeclaredRoutes routes;

    CredentialsFilter(
            KeyGate gate,
            AccessTokenVerifier tokens,
            PlatformSecrets secrets,
            ProblemWriter problems,
            DeclaredRoutes routes) {
        this.gate = gate;
        this.tokens = tokens;
        this.secrets = secrets;
        this.problems = problems;
        this.routes = routes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isPreflight(request) && isKeyRoute(request)) {
            answerPreflight(request, response);
            return;
        }
        if (request.getAttribute(KeyGate.ADMITTED) instanceof ApiKeyPrincipal admitted) {
            authenticate(admitted, "ROLE_API_KEY");
            try (TenantScope.Entered ignored = TenantScope.enter(admitted.tenantId())) {
                chain.doFilter(request, response);
            }
            return;
        }
        String key = KeyGate.presentedKey(request);
        if (key != null) {
            ApiKeyPrincipal principal = gate.admit(key, request, response);
            if (principal != null) {
                authenticate(principal, "ROLE_API_KEY");
                // A key acts for its tenant: the request's database work sees that tenant's rows alone.
                try (TenantScope.Entered ignored = TenantScope.enter(principal.tenantId())) {
                    chain.doFilter(request, response);
                }
            }
            return;
        }
        String bearer = KeyGate.bearer(request);
        if (bearer != null) {
            Optional<AdminPrincipal> admin = tokens.verify(bearer);
            if (admin.isEmpty()) {
                problems.write(
                        request,
                        response,
                        HttpStatus.UNAUTHORIZED,
                        "invalid-token",
                        "Unauthorized",
                        "The access token is invalid, expired or revoked.");
                return;
            }
            authenticate(admin.get(), "ROLE_ADMIN");
        }
        String internal = request.getHeader("X-Internal-Key");
        if (internal != null && constantTimeEquals(internal, secrets.internalKey())) {
            authenticate("internal", "ROLE_INTERNAL");
        }
        chain.doFilter(request, response);
    }

    private static void authenticate(Object principal, String role) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                principal, null, List.of(new SimpleGrantedAuthority(role)));
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }

    private static boolean isPreflight(HttpServletRequest request) {
        return "OPTIONS".equals(request.getMethod())
                && request.getHeader("Origin") != null
                && request.getHeader("Access-Control-Request-Method") != null;
    }

    /** Whether the path's route takes an API key (for a preflight: whatever method the real request will use). */
    private boolean isKeyRoute(HttpServletRequest request) {
        String method = request.getHeader("Access-Control-Request-Method");
        ApiRoutes.Route route = routes.routes().match(method, request.getRequestURI());
        return route != null && route.security() == RouteSecurity.API_KEY;
    }

    private static void answerPreflight(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Access-Control-Allow-Origin", request.getHeader("Origin"));
        response.setHeader("Access-Control-Allow-Methods", "GET, POST");
        response.setHeader("Access-Control-Allow-Headers", "X-API-Key, Content-Type, X-Request-ID, Idempotency-Key");
        response.setHeader("Access-Control-Max-Age", "600");
        response.setHeader("Vary", "Origin");
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
