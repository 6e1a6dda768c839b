package com.recomengine.platform.internal.security;

import com.recomengine.platform.ApiKeyVerifier;
import com.recomengine.platform.RateLimitDecision;
import com.recomengine.platform.RateLimiter;
import com.recomengine.platform.VerifiedKey;
import com.recomengine.platform.internal.web.ProblemWriter;
import com.recomengine.platform.internal.web.ResponseHeaders;
import com.recomengine.shared.security.ApiKeyPrincipal;
import com.recomengine.shared.security.KeyScope;
import com.recomengine.shared.security.KeyType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * Admits a key-authenticated request: the key exists and is not revoked, its tenant is active, it has the scope
 * the call needs, a browser origin is one of the tenant's, and the per-key rate limit has a token. On refusal it
 * has written the problem response and answers null. The security chain and the fast path both use it.
 */
final class KeyGate {

    /** Request attribute holding the principal once admitted, so that no request is admitted twice. */
    static final String ADMITTED = KeyGate.class.getName() + ".admitted";

    private static final String EXPOSED = "X-Request-ID, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, "
            + "Retry-After, Idempotent-Replayed";

    private final ApiKeyVerifier keys;
    private final RateLimiter limiter;
    private final ProblemWriter problems;

    KeyGate(ApiKeyVerifier keys, RateLimiter limiter, ProblemWriter problems) {
        this.keys = keys;
        this.limiter = limiter;
        this.problems = problems;
    }

    @Nullable
    ApiKeyPrincipal admit(String key, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        Optional<VerifiedKey> verified = keys.verify(key);
        if (verified.isEmpty()) {
            problems.write(
                    request,
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "invalid-api-key",
                    "Unauthorized",
                    "The API key is unknown, malformed or revoked.");
            return null;
        }
        VerifiedKey found = verified.get();
        ApiKeyPrincipal principal = found.principal();
        if (!found.tenantActive()) {
            return deny(request, response, "tenant-inactive", "This key's tenant is suspended or deleted.");
        }
        KeyScope scope = KeyScopes.of(request.getMethod(), path);
        if (!principal.allows(scope)) {
            return deny(
                    request,
                    response,
                    "insufficient-scope",
                    "A " + principal.permission().wireName() + " "
                            + principal.type().wireName() + " key cannot call " + request.getMethod() + " " + path
                            + ".");
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !sameOrigin(origin, request)) {
            if (principal.type() == KeyType.SECRET) {
                return deny(
                        request,
                        response,
                        "secret-key-in-browser",
                        "Secret keys must stay on servers; use a publishable key (rk_pub_) in web pages.");
            }
            if (!AllowedOrigins.allows(found.allowedOrigins(), origin)) {
                return deny(
                        request,
                        response,
                        "origin-not-allowed",
                        "Origin " + origin + " is not among this tenant's allowed origins.");
            }
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Vary", "Origin");
            response.setHeader("Access-Control-Expose-Headers", EXPOSED);
        }
        long perMinute = scope.isRead() ? found.readsPerMinute() : found.writesPerMinute();
        RateLimitDecision decision = limiter.tryConsume(principal.keyId() + (scope.isRead() ? ":r" : ":w"), perMinute);
        ResponseHeaders.set(response, "RateLimit-Limit", Long.toString(decision.limit()));
        ResponseHeaders.set(response, "RateLimit-Remaining", Long.toString(decision.remaining()));
        ResponseHeaders.set(response, "RateLimit-Reset", Long.toString(decision.resetSeconds()));
        if (!decision.allowed()) {
            response.setHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
            problems.write(
                    request,
                    response,
                    HttpStatus.TOO_MANY_REQUESTS,
                    "rate-limited",
                    "Too many requests",
                    "This key may make " + perMinute + " " + (scope.isRead() ? "reads" : "writes")
                            + " a minute; retry after " + decision.retryAfterSeconds() + " s.");
            return null;
        }
        request.setAttribute(ADMITTED, principal);
        return principal;
    }

    private @Nullable ApiKeyPrincipal deny(
            HttpServletRequest request, HttpServletResponse response, String type, String detail) throws IOException {
        problems.write(request, response, HttpStatus.FORBIDDEN, type, "Forbidden", detail);
        return null;
    }

    static @Nullable String presentedKey(HttpServletRequest request) {
        String header = request.getHeader("X-API-Key");
        if (header != null && !header.isBlank()) {
            return header.trim();
        }
        String bearer = bearer(request);
        return bearer != null && bearer.startsWith("rk_") ? bearer : null;
    }

    static @Nullable String bearer(HttpServletRequest request) {
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
}
