package com.recomengine.platform.internal.security;

import com.recomengine.platform.FastRoute;
import com.recomengine.platform.internal.web.ProblemWriter;
import com.recomengine.shared.problem.ProblemException;
import com.recomengine.shared.security.ApiKeyPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The hot path for key-authenticated calls a {@link FastRoute} can answer: admits the key through the same
 * {@link KeyGate} as the security chain, sets the API security headers, lets the route answer and times the
 * request itself. It runs before the HTTP observation filter, Spring Security and MVC dispatch: measured, the
 * observation alone cost a fifth of the CPU of a cached answer, the security chain and MVC several times the work
 * of the answer itself. A POST takes this path only with a Content-Length of at most {@value #MAX_BODY} bytes; its
 * body is read once and kept, so that a route that declines hands the full stack an intact request.
 */
final class FastPathFilter extends OncePerRequestFilter {

    static final int MAX_BODY = 1024 * 1024;

    private final List<FastRoute> routes;
    private final KeyGate gate;
    private final ProblemWriter problems;
    private final FastPathTimers timers;

    FastPathFilter(List<FastRoute> routes, KeyGate gate, ProblemWriter problems, FastPathTimers timers) {
        this.routes = routes;
        this.gate = gate;
        this.problems = problems;
        this.timers = timers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return routes.isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        FastRoute route = routeFor(method, request.getRequestURI());
        String key = route == null ? null : KeyGate.presentedKey(request);
        if (key == null || !"GET".equals(method) && !smallBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        long start = System.nanoTime();
        HttpServletRequest served = "GET".equals(method) ? request : KeptBody.read(request);
        boolean answered = true;
        String exception = "none";
        try {
            ApiSecurityHeaders.apply(response);
            ApiKeyPrincipal principal = gate.admit(key, served, response);
            answered = principal == null || route.serve(principal, served, response);
        } catch (ProblemException e) {
            problems.write(served, response, e);
        } catch (IOException | RuntimeException e) {
            exception = e.getClass().getSimpleName();
            throw e;
        } finally {
            if (answered) {
                timers.record(method, route.pathPattern(), response.getStatus(), exception, System.nanoTime() - start);
            }
        }
        if (!answered) {
            chain.doFilter(served, response);
        }
    }

    private static boolean smallBody(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        return length >= 0 && length <= MAX_BODY;
    }

    private FastRoute routeFor(String method, String path) {
        for (FastRoute route : routes) {
            if (route.matches(method, path)) {
                return route;
            }
        }
        return null;
    }
}
