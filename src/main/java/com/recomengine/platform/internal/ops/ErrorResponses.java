package com.recomengine.platform.internal.ops;

import com.recomengine.platform.internal.web.RouteSecurity;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The errors of every operation, by rule rather than per controller: each status the platform answers for a kind
 * of operation (bad input, missing or refused credentials, unknown ids, body limits, rate limits, database outage)
 * is a shared response of {@code application/problem+json}; errors a controller documents itself keep their
 * description and get the problem schema.
 */
final class ErrorResponses {

    static final String PROBLEM_JSON = "application/problem+json";

    private enum Kind {
        BAD_REQUEST("400", "BadRequest", "validation", "Invalid request", "limit: must be between 1 and 100"),
        UNAUTHORIZED("401", "Unauthorized", "unauthorized", "Unauthorized", "Credentials are missing or invalid."),
        FORBIDDEN("403", "Forbidden", "forbidden", "Forbidden", "These credentials cannot call this endpoint."),
        NOT_FOUND("404", "NotFound", "not-found", "Not found", "No such resource of yours."),
        PRECONDITION_FAILED(
                "412",
                "PreconditionFailed",
                "precondition-failed",
                "Precondition failed",
                "If-Match does not match the current ETag \"4\"; read the resource again and retry with it."),
        TOO_LARGE("413", "ContentTooLarge", "body-too-large", "Request body too large", "The body is too large."),
        UNSUPPORTED(
                "415",
                "UnsupportedMediaType",
                "unsupported-media-type",
                "Unsupported media type",
                "Content-Type is not supported."),
        TOO_MANY("429", "TooManyRequests", "rate-limited", "Too many requests", "The rate limit is reached."),
        UNAVAILABLE(
                "503",
                "Unavailable",
                "unavailable",
                "Service unavailable",
                "The database is unavailable; retry shortly.");

        final String status;
        final String component;
        final String type;
        final String title;
        final String detail;

        Kind(String status, String component, String type, String title, String detail) {
            this.status = status;
            this.component = component;
            this.type = type;
            this.title = title;
            this.detail = detail;
        }

        ApiResponse definition() {
            String meaning =
                    this == BAD_REQUEST ? "a parameter or the body is invalid; errors[] names each field" : detail;
            return new ApiResponse().description(title + ": " + meaning).content(problemContent(example()));
        }

        private Map<String, Object> example() {
            Map<String, Object> example = new LinkedHashMap<>();
            example.put("type", "/problems/" + type);
            example.put("title", title);
            example.put("status", Integer.parseInt(status));
            example.put("detail", detail);
            example.put("instance", "/api/v1/recommendations");
            example.put("requestId", "d1b03231-8b2b-42a0-a6e6-7055f24bdedd");
            if (this == PRECONDITION_FAILED) {
                example.put("currentETag", "\"4\"");
            }
            if (this == BAD_REQUEST) {
                example.put("errors", List.of(Map.of("field", "limit", "message", "must be between 1 and 100")));
            }
            return example;
        }
    }

    private ErrorResponses() {}

    static void addTo(Components components) {
        for (Kind kind : Kind.values()) {
            components.addResponses(kind.component, kind.definition());
        }
    }

    /** Adds the errors the rule gives this operation and types every error response it already has as a problem. */
    static void document(String path, Operation operation, RouteSecurity security) {
        ApiResponses responses = operation.getResponses();
        responses.forEach((status, response) -> {
            if (isError(status) && response.get$ref() == null) {
                typeAsProblem(response);
            }
        });
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
        add(responses, Kind.BAD_REQUEST, hasInput);
        add(responses, Kind.UNAUTHORIZED, security != RouteSecurity.PUBLIC);
        add(responses, Kind.FORBIDDEN, security == RouteSecurity.ADMIN_TOKEN || security == RouteSecurity.API_KEY);
        add(responses, Kind.NOT_FOUND, path.contains("{"));
        add(responses, Kind.PRECONDITION_FAILED, EntityTagRules.takesIfMatch(operation));
        add(responses, Kind.TOO_LARGE, operation.getRequestBody() != null);
        add(responses, Kind.UNSUPPORTED, operation.getRequestBody() != null);
        add(responses, Kind.TOO_MANY, security == RouteSecurity.API_KEY);
        add(responses, Kind.UNAVAILABLE, path.startsWith("/api/"));
    }

    private static void add(ApiResponses responses, Kind kind, boolean applies) {
        if (applies && !responses.containsKey(kind.status)) {
            responses.addApiResponse(kind.status, new ApiResponse().$ref("#/components/responses/" + kind.component));
        }
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static void typeAsProblem(ApiResponse response) {
        Content content = response.getContent();
        // springdoc gives an annotated error without content the handler's return type, as */*: that is never it
        if (content == null || content.isEmpty() || content.keySet().equals(Set.of("*/*"))) {
            response.setContent(problemContent(null));
            return;
        }
        MediaType existing = content.get(PROBLEM_JSON);
        if (existing != null && existing.getSchema() == null) {
            existing.setSchema(new Schema<>().$ref(ProblemSchemas.PROBLEM_REF));
        }
    }

    private static Content problemContent(@Nullable Object example) {
        MediaType media = new MediaType().schema(new Schema<>().$ref(ProblemSchemas.PROBLEM_REF));
        if (example != null) {
            media.example(example);
        }
        return new Content().addMediaType(PROBLEM_JSON, media);
    }
}
