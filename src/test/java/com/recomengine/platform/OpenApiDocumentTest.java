package com.recomengine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.support.HttpTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document stays true: every API endpoint the application maps is described, with its method. */
class OpenApiDocumentTest extends HttpTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void describesEveryApiEndpoint() {
        var response = api.get("/v3/api-docs").send();
        assertThat(response.status()).isEqualTo(200);
        JsonNode paths = response.json().get("paths");
        List<String> missing = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                JsonNode path = paths.get(pattern);
                for (var method : info.getMethodsCondition().getMethods()) {
                    if (path == null || path.get(method.name().toLowerCase()) == null) {
                        missing.add(method + " " + pattern);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(response.json().get("components").get("securitySchemes").has("apiKey"))
                .isTrue();
    }

    @Test
    void swaggerUiIsServedAtDocs() {
        var docs = api.get("/docs").send();
        assertThat(docs.status()).isIn(200, 302);
    }
}
