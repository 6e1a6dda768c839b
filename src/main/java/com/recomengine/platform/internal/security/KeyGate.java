package com.recomengine.platform.internal.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.recomengine.platform.ApiKeyVerifier;
import com.recomengine.platform.RateLimitDecision;
import com.recomengine.platform.RateLimiter;
import com.recomengine.platform.VerifiedKey;
import com.recomengine.platform.internal.web.ApiRoutes;
import com.recomengine.platform.internal.web.DeclaredRoutes;
import com.recomengine.platform.internal.web.ProblemWriter;
import com.recomengine.platform.internal.web.ResponseHeaders;
import com.recomengine.platform.internal.web.RouteSecurity;
import com.recomengine.shared.problem.ProblemException;
import com.recomengine.shared.security.ApiKeyPrincipal;
import com.recomengine.shared.security.KeyScope;
import com.recomengine.shared.security.KeyType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * Admits a key-authenticated request: the key exists and is not revoked, its tenant is active, it has the scope
 * the call needs, a browser origin is one of the tenant's, and the per-key rate limit has a token. On refusal it
 * has written the problem response and answers null. The security chain and the fast path both use it.
 */
@RequiredArgsConstructor
final class KeyGate {

    /** Request attribute holding the principal once admitted, so that no request is admitted twice. */
    static final String ADMITTED = KeyGate.class.getName() + ".admitted";

    private static final String EXPOSED = "X-Request-ID, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, "
            + "Retry-After, Idempotent-Replayed";

    private final ApiKeyVerifier keys;
    private final RateLimiter limiter;
    private final ProblemWriter problems;
    private final DeclaredRoutes routes;

    private final long failedChecksPerMinute;
    // Addresses that used up their failed key checks, until when: refused before any lookup (the shared bucket
    // counts the failures of every instance; this marker spares each instance the lookups while it is empty).
    private final Cache<String, Long> blocked = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofMinutes(1))
            .build();

    @Nullable
    ApiKeyPrincipal admit(String key, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        String address = request.getRemoteAddr();
        Long until = blocked.getIfPresent(address);
        if (until != null && until > System.currentTimeMillis()) {
            return tooManyFailures(request, response, (until - System.currentTimeMillis()) / 1000 + 1);
        }
        Optional<VerifiedKey> verified;
        try {
            verified = keys.verify(key);
        } catch (ProblemException e) { // the key cannot be checked now (the database is unreachable)
            problems.write(request, response, e);
            return null;
        }
        if (verified.isEmpty()) {
            RateLimitDecision failures = limiter.tryConsume("failed-key:" + address, failedChecksPerMinute);
            if (!failures.allowed()) {
                blocked.put(address, System.currentTimeMillis() + failures.retryAfterSeconds() * 1000);
                return tooManyFailures(request, response, failures.retryAfterSeconds());
            }
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
        KeyScope scope = scopeNeeded(request);
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
        if (origin == null
                && principal.type() == KeyType.PUBLISHABLE
                && !"same-origin".equals(request.getHeader("Sec-Fetch-Site"))) {
            // Publishable keys are public (they sit in web pages): they only work from a page of an allowed origin,
            // or of our own (a same-origin GET carries no Origin, only Sec-Fetch-Site).
            return deny(
                    request,
                    response,
                    "origin-required",
                    "Publishable keys work from web pages only: the request must carry the page's Origin, one of "
                            + "the tenant's allowed origins.");
        }
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
            return tooMany(
                    request,
                    response,
                    decision.retryAfterSeconds(),
                    "This key may make " + perMinute + " " + (scope.isRead() ? "reads" : "writes") + " a minute");
        }
        request.setAttribute(ADMITTED, principal);
        return principal;
    }

    private @Nullable ApiKeyPrincipal tooManyFailures(
            HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds) throws IOException {
        return tooMany(
                request,
                response,
                retryAfterSeconds,
                "Too many requests with unknown or revoked API keys came from this address");
    }

    private @Nullable ApiKeyPrincipal tooMany(
            HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds, String why)
            throws IOException {
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        problems.write(
                request,
                response,
                HttpStatus.TOO_MANY_REQUESTS,
                "rate-limited",
                "Too many requests",
                why + "; retry after " + retryAfterSeconds + " s.");
        return null;
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

    /**
     * The capability the route declares ({@code @KeyRoute}); a path no key route serves (unknown, or another
     * credential's) needs the most a read or a write can need, so that no path a key reaches is ever less guarded.
     */
    private KeyScope scopeNeeded(HttpServletRequest request) {
        ApiRoutes.Route route = routes.routes().match(request);
        if (route != null && route.security() == RouteSecurity.API_KEY) {
            return route.scope();
        }
        String method = request.getMethod();
        return "GET".equals(method) || "HEAD".equals(method) ? KeyScope.CATALOG_READ : KeyScope.CATALOG_WRITE;
    }
}
