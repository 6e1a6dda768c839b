package com.recomengine.platform.internal.security;

import com.recomengine.platform.AccessTokenVerifier;
import com.recomengine.platform.ApiKeyVerifier;
import com.recomengine.platform.PlatformSecrets;
import com.recomengine.platform.RateLimitDecision;
import com.recomengine.platform.RateLimiter;
import com.recomengine.platform.VerifiedKey;
import com.recomengine.platform.internal.web.ProblemWriter;
import com.recomengine.shared.security.AdminPrincipal;
import com.recomengine.shared.security.ApiKeyPrincipal;
import com.recomengine.shared.security.KeyScope;
import com.recomengine.shared.security.KeyType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls: {@code X-API-Key} (or {@code Authorization: Bearer rk_…}) for the merchant API, a
 * Bearer access token for the admin API, {@code X-Internal-Key} for internal endpoints. For keys it also enforces
 * the tenant state, the key's scope, the tenant's browser origins and the per-key rate limit, and answers CORS
 * preflights (which carry no key) permissively: the real request is what gets checked.
 */
final class CredentialsFilter extends OncePerRequestFilter {

    private final ApiKeyVerifier keys;
    private final AccessTokenVerifier tokens;
    private final RateLimiter limiter;
    private final PlatformSecrets secrets;
    private final ProblemWriter problems;

    CredentialsFilter(ApiKeyVerifier keys, AccessTokenVerifier tokens, RateLimiter limiter, PlatformSecrets secrets,
                      ProblemWriter problems) {
        this.keys = keys;
        this.tokens = tokens;
        this.limiter = limiter;
        this.secrets = secrets;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        if (isPreflight(request) && isKeyPath(path)) {
            answerPreflight(request, response);
            return;
        }
        String key = presentedKey(request);
        if (key != null) {
            if (admitKey(key, path, request, response)) {
                chain.doFilter(request, response);
            }
            return;
        }
        String bearer = bearer(request);
        if (bearer != null) {
            Optional<AdminPrincipal> admin = tokens.verify(bearer);
            if (admin.isEmpty()) {
                problems.write(request, response, HttpStatus.UNAUTHORIZED, "invalid-token", "Unauthorized",
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

    private boolean admitKey(String key, String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<VerifiedKey> verified = keys.verify(key);
        if (verified.isEmpty()) {
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "invalid-api-key", "Unauthorized",
                    "The API key is unknown, malformed or revoked.");
            return false;
        }
        VerifiedKey found = verified.get();
        ApiKeyPrincipal principal = found.principal();
        if (!found.tenantActive()) {
            return deny(request, response, "tenant-inactive", "This key's tenant is suspended or deleted.");
        }
        KeyScope scope = KeyScopes.of(request.getMethod(), path);
        if (!principal.allows(scope)) {
            return deny(request, response, "insufficient-scope", "A " + principal.permission().wireName() + " "
                    + principal.type().wireName() + " key cannot call " + request.getMethod() + " " + path + ".");
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !sameOrigin(origin, request)) {
            if (principal.type() == KeyType.SECRET) {
                return deny(request, response, "secret-key-in-browser",
                        "Secret keys must stay on servers; use a publishable key (rk_pub_) in web pages.");
            }
            if (!found.allowedOrigins().contains(origin)) {
                return deny(request, response, "origin-not-allowed",
                        "Origin " + origin + " is not among this tenant's allowed origins.");
            }
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Vary", "Origin");
            response.setHeader("Access-Control-Expose-Headers",
                    "X-Request-ID, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After, Idempotent-Replayed");
        }
        long perMinute = scope.isRead() ? found.readsPerMinute() : found.writesPerMinute();
        RateLimitDecision decision = limiter.tryConsume(principal.keyId() + (scope.isRead() ? ":r" : ":w"), perMinute);
        response.setHeader("RateLimit-Limit", Long.toString(decision.limit()));
        response.setHeader("RateLimit-Remaining", Long.toString(decision.remaining()));
        response.setHeader("RateLimit-Reset", Long.toString(decision.resetSeconds()));
        if (!decision.allowed()) {
            response.setHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                    "This key may make " + perMinute + " " + (scope.isRead() ? "reads" : "writes")
                            + " a minute; retry after " + decision.retryAfterSeconds() + " s.");
            return false;
        }
        authenticate(principal, "ROLE_API_KEY");
        return true;
    }

    private boolean deny(HttpServletRequest request, HttpServletResponse response, String type, String detail)
            throws IOException {
        problems.write(request, response, HttpStatus.FORBIDDEN, type, "Forbidden", detail);
        return false;
    }

    private static void authenticate(Object principal, String role) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority(role)));
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }

    private static boolean isPreflight(HttpServletRequest request) {
        return "OPTIONS".equals(request.getMethod()) && request.getHeader("Origin") != null
                && request.getHeader("Access-Control-Request-Method") != null;
    }

    static boolean isKeyPath(String path) {
        return path.startsWith("/api/v1/") && !path.startsWith("/api/v1/auth/") && !path.startsWith("/api/v1/tenants");
    }

    private static void answerPreflight(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Access-Control-Allow-Origin", request.getHeader("Origin"));
        response.setHeader("Access-Control-Allow-Methods", "GET, POST");
        response.setHeader("Access-Control-Allow-Headers", "X-API-Key, Content-Type, X-Request-ID, Idempotency-Key");
        response.setHeader("Access-Control-Max-Age", "600");
        response.setHeader("Vary", "Origin");
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private static @Nullable String presentedKey(HttpServletRequest request) {
        String header = request.getHeader("X-API-Key");
        if (header != null && !header.isBlank()) {
            return header.trim();
        }
        String bearer = bearer(request);
        return bearer != null && bearer.startsWith("rk_") ? bearer : null;
    }

    private static @Nullable String bearer(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = authorization.substring(7).trim();
            return token.isEmpty() ? null : token;
        }
        return null;
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI uri = URI.create(origin);
            return request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == port(uri);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
