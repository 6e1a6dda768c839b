package com.recomengine.platform.internal.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.RequestPath;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Whether an API path is one the application serves: a request for a path nobody serves answers 404, not 401 or
 * 403, whatever credentials it carries (a method the path does not take still counts as served: 405 follows).
 */
final class KnownRoutes {

    private final HandlerMapping mapping;

    KnownRoutes(HandlerMapping mapping) {
        this.mapping = mapping;
    }

    boolean served(HttpServletRequest request) {
        if (!request.getRequestURI().startsWith("/api/")) {
            return true;
        }
        RequestPath previous = ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request)
                : null;
        ServletRequestPathUtils.parseAndCache(request);
        try {
            return mapping.getHandler(request) != null;
        } catch (Exception e) {
            return true; // matched a path but not its method or media type: the handler mapping answers that
        } finally {
            if (previous == null) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            } else {
                ServletRequestPathUtils.setParsedRequestPath(previous, request);
            }
        }
    }
}
