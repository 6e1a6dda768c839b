package com.recomengine.platform.internal.ops;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** The RFC 7807 problem every error is answered with, as {@code ProblemWriter} writes it. */
final class ProblemSchemas {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "ProblemFieldError";
    static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

    private ProblemSchemas() {}

    static void addTo(Components components) {
        components.addSchemas(FIELD_ERROR, fieldError()).addSchemas(PROBLEM, problem());
    }

    /** A schema of one JSON type, declared the way both OpenAPI 3.0 and 3.1 writers read it. */
    static Schema<Object> typed(String type) {
        Schema<Object> schema = new Schema<>();
        return schema.type(type).types(Set.of(type));
    }

    private static Schema<Object> problem() {
        ArraySchema errors = new ArraySchema();
        errors.type("array").types(Set.of("array"));
        errors.items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR))
                .description("validation problems only: one entry per invalid field");
        return typed("object")
                .description("An error (RFC 7807). `type` names the kind of problem, `errors` the invalid fields.")
                .required(List.of("type", "title", "status"))
                .addProperty(
                        "type",
                        typed("string")
                                .format("uri-reference")
                                .description("the kind of problem, e.g. /problems/validation, /problems/not-found"))
                .addProperty("title", typed("string").description("short summary of the kind of problem"))
                .addProperty(
                        "status",
                        typed("integer").format("int32").minimum(bd(400)).maximum(bd(599)))
                .addProperty("detail", typed("string").description("what went wrong with this request"))
                .addProperty("instance", typed("string").format("uri-reference").description("the path of the request"))
                .addProperty("requestId", typed("string").description("the request's X-Request-ID, also in the logs"))
                .addProperty("errors", errors)
                .addProperty(
                        "retryAfterSeconds",
                        typed("integer").format("int64").description("429 only: seconds until a retry may succeed"))
                .additionalProperties(Boolean.TRUE);
    }

    private static Schema<Object> fieldError() {
        return typed("object")
                .required(List.of("field", "message"))
                .addProperty("field", typed("string").description("the request field or parameter"))
                .addProperty("message", typed("string").description("why its value was refused"));
    }

    private static BigDecimal bd(int value) {
        return BigDecimal.valueOf(value);
    }
}
