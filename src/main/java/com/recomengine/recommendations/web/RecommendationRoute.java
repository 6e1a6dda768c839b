package com.recomengine.recommendations.web;

import com.recomengine.platform.FastRoute;
import com.recomengine.recommendations.internal.RecommendationEngine;
import com.recomengine.shared.problem.ProblemException;
import com.recomengine.shared.security.ApiKeyPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * {@code GET /api/v1/recommendations} on the platform's fast path: the engine answers (from its L1/L2 cache in
 * the common case) and the bytes go out without Spring MVC dispatch. A request the engine refuses (a bad
 * parameter) is handed back, so the controller answers it with the usual problem document.
 */
@Component
@RequiredArgsConstructor
class RecommendationRoute implements FastRoute {

    private static final String PATH = "/api/v1/recommendations";

    private final RecommendationEngine engine;

    @Override
    public boolean matches(String method, String path) {
        return "GET".equals(method) && PATH.equals(path);
    }

    @Override
    public String pathPattern() {
        return PATH;
    }

    @Override
    public boolean serve(ApiKeyPrincipal key, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        byte[] body;
        try {
            body = engine.json(RecommendationParams.request(key.tenantId(), request));
        } catch (ProblemException e) {
            return false;
        }
        FastRoute.writeJson(response, HttpServletResponse.SC_OK, body);
        return true;
    }
}
