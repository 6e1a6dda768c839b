package com.recomengine.platform.internal.ops;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Examples of the main requests and responses, kept as data in {@code openapi/examples.json}: per operation
 * ({@code "POST /api/v1/events"}), the request body under {@code "request"} and responses under their status.
 * Redocly's lint checks each against its schema.
 */
final class ApiExamples {

    static final String RESOURCE = "/openapi/examples.json";

    private final Map<String, Map<String, Object>> examples;

    private ApiExamples(Map<String, Map<String, Object>> examples) {
        this.examples = examples;
    }

    static ApiExamples load() {
        try (InputStream in = ApiExamples.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new ApiExamples(JsonMapper.shared().readValue(in, new TypeReference<>() {}));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void addTo(OpenAPI api) {
        examples.forEach((key, byPart) -> {
            String[] methodAndPath = key.split(" ", 2);
            PathItem path = api.getPaths().get(methodAndPath[1]);
            Operation operation =
                    path == null ? null : path.readOperationsMap().get(PathItem.HttpMethod.valueOf(methodAndPath[0]));
            if (operation != null) {
                byPart.forEach((part, example) -> add(operation, part, example));
            }
        });
    }

    private static void add(Operation operation, String part, Object example) {
        if (part.equals("request")) {
            exampleOf(
                    operation.getRequestBody() == null
                            ? null
                            : operation.getRequestBody().getContent(),
                    example);
            return;
        }
        ApiResponse response = operation.getResponses().get(part);
        exampleOf(response == null ? null : response.getContent(), example);
    }

    private static void exampleOf(@Nullable Content content, Object example) {
        if (content != null) {
            content.values().forEach(media -> media.setExample(example));
        }
    }
}
