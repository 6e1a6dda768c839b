package com.recomengine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.support.Api;
import com.recomengine.support.HttpTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document stays true: every API endpoint the application maps is described, with the credentials it
 * really asks for, and the clients under {@code clients/} are generated from this very document (their snapshot
 * {@code clients/openapi.json} must equal it; {@code scripts/api-clients.sh} lints it and builds the clients).
 */
class OpenApiDocumentTest extends HttpTest {

    static final Path SNAPSHOT = Path.of("clients", "openapi.json");
    static final Path LIVE = Path.of("target", "openapi", "openapi.json");
    static final JsonMapper PRETTY =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void describesEveryApiEndpoint() {
        JsonNode paths = document().get("paths");
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
        assertThat(document().get("components").get("securitySchemes").has("apiKey"))
                .isTrue();
    }

    @Test
    void equalsTheSnapshotTheClientsAreGeneratedFrom() throws IOException {
        JsonNode live = document();
        Files.createDirectories(LIVE.getParent());
        PRETTY.writeValue(LIVE.toFile(), live);
        if ("update".equals(System.getenv("OPENAPI_SNAPSHOT"))) {
            PRETTY.writeValue(SNAPSHOT.toFile(), live);
        }
        assertThat(Files.exists(SNAPSHOT))
                .as("%s is missing: run scripts/api-clients.sh update", SNAPSHOT)
                .isTrue();
        assertThat(PRETTY.readTree(SNAPSHOT.toFile()))
                .as("the API changed: review `diff %s %s`, then run scripts/api-clients.sh update", SNAPSHOT, LIVE)
                .isEqualTo(live);
    }

    @Test
    void declaresTheCredentialsEachOperationNeeds() {
        List<String> wrong = new ArrayList<>();
        document()
                .get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    boolean open = operation.getValue().get("security").isEmpty();
                    int status = callWithoutCredentials(
                            operation.getKey(),
                            path.getKey().replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000"));
                    if (open == (status == 401)) {
                        wrong.add(operation.getKey() + " " + path.getKey() + " declares "
                                + operation.getValue().get("security") + " and answers " + status);
                    }
                }));
        assertThat(wrong).isEmpty();
    }

    @Test
    void typesEveryParameterWithNumericLimitsAsANumber() {
        List<String> wrong = new ArrayList<>();
        document()
                .get("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(operation -> operation
                                .getValue()
                                .path("parameters")
                                .forEach(parameter -> {
                                    JsonNode schema = parameter.path("schema");
                                    boolean limited = schema.has("minimum") || schema.has("maximum");
                                    String type = schema.path("type").asString("");
                                    if (limited && !type.equals("integer") && !type.equals("number")) {
                                        wrong.add(
                                                operation.getKey() + " " + path.getKey() + " " + parameter.get("name"));
                                    }
                                })));
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyExampleBelongsToADocumentedOperation() throws IOException {
        JsonNode paths = document().get("paths");
        JsonNode examples;
        try (var in = getClass().getResourceAsStream("/openapi/examples.json")) {
            examples = PRETTY.readTree(in);
        }
        List<String> unknown = new ArrayList<>();
        examples.properties().forEach(entry -> {
            String[] methodAndPath = entry.getKey().split(" ", 2);
            JsonNode operation = paths.path(methodAndPath[1]).path(methodAndPath[0].toLowerCase());
            entry.getValue().properties().forEach(part -> {
                JsonNode target = part.getKey().equals("request")
                        ? operation.path("requestBody")
                        : operation.path("responses").path(part.getKey());
                if (target.isMissingNode()) {
                    unknown.add(entry.getKey() + " " + part.getKey());
                }
            });
        });
        assertThat(examples.size()).isPositive();
        assertThat(unknown).isEmpty();
    }

    @Test
    void swaggerUiIsServedAtDocs() {
        var docs = api.get("/docs").send();
        assertThat(docs.status()).isIn(200, 302);
    }

    private JsonNode document() {
        var response = api.get("/v3/api-docs").send();
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private int callWithoutCredentials(String method, String path) {
        Api.Request request = switch (method) {
            case "get" -> api.get(path);
            case "post" -> api.post(path, Map.of());
            case "put" -> api.put(path, Map.of());
            case "patch" -> api.patch(path, Map.of());
            case "delete" -> api.delete(path);
            default -> throw new IllegalArgumentException(method);
        };
        return request.send().status();
    }
}
