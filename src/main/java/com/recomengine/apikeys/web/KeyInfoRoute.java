package com.recomengine.apikeys.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.recomengine.platform.FastRoute;
import com.recomengine.shared.security.ApiKeyPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** {@code GET /api/v1/key} on the fast path: a key's own description never changes, so its JSON is kept. */
@Component
@RequiredArgsConstructor
class KeyInfoRoute implements FastRoute {

    private final ObjectMapper json;
    private final Cache<UUID, byte[]> bodies =
            Caffeine.newBuilder().maximumSize(10_000).build();

    @Override
    public boolean matches(String method, String path) {
        return "GET".equals(method) && "/api/v1/key".equals(path);
    }

    @Override
    public String pathPattern() {
        return "/api/v1/key";
    }

    @Override
    public boolean serve(ApiKeyPrincipal key, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        byte[] body = bodies.get(key.keyId(), id -> json.writeValueAsBytes(KeyInfoController.describe(key)));
        FastRoute.writeJson(response, HttpServletResponse.SC_OK, body);
        return true;
    }
}
