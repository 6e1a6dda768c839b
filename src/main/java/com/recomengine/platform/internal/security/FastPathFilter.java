package com.recomengine.platform.internal.security;

import com.recomengine.platform.FastRoute;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The {@link FastPath} as a servlet filter, after request ids and body limits, before the HTTP observation, Spring
 * Security and MVC. A POST's kept body travels on in a request wrapper when its route declines it.
 */
final class FastPathFilter extends OncePerRequestFilter {

    private final FastPath fastPath;

    FastPathFilter(FastPath fastPath) {
        this.fastPath = fastPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return fastPath.isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        FastRoute route = fastPath.routeFor(method, request.getRequestURI());
        String key = route == null ? null : KeyGate.presentedKey(request);
        if (key == null || !FastPath.eligible(method, request)) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest declined = fastPath.serve(route, key, request, response);
        if (declined != null) {
            chain.doFilter(declined, response);
        }
    }
}
