package com.recomengine.platform.internal.ops;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Optimistic concurrency in the document (SPEC §6), by rule: a write that takes {@code If-Match} has it described
 * once and may answer 412 (see {@link ErrorResponses}); the answers that show its resource (the GET and the writes
 * of that path, and the create on the collection above it) carry the resource's {@code ETag}.
 */
final class EntityTagRules {

    static final String ETAG = "ETag";
    static final String IF_MATCH = "If-Match";

    private static final String IF_MATCH_MEANING = "the ETag the resource was read with: the write is made only while "
            + "the resource is still at it (412 otherwise); * matches any existing resource; weak tags never match";

    private EntityTagRules() {}

    static void addTo(Components components) {
        components.addHeaders(
                ETAG,
                new Header()
                        .description("the resource's version as a strong entity tag; send it back in If-Match")
                        .schema(ProblemSchemas.typed("string")));
    }

    static void document(Paths paths) {
        Set<String> versioned = paths.entrySet().stream()
                .filter(path -> path.getValue().readOperations().stream().anyMatch(EntityTagRules::takesIfMatch))
                .map(java.util.Map.Entry::getKey)
                .collect(Collectors.toSet());
        paths.forEach((path, item) -> {
            if (versioned.contains(path)) {
                item.readOperationsMap().forEach((method, operation) -> {
                    describeIfMatch(operation);
                    if (method != PathItem.HttpMethod.DELETE) {
                        addETag(operation);
                    }
                });
            }
            if (item.getPost() != null
                    && versioned.stream().anyMatch(single -> parentOf(single).equals(path))) {
                addETag(item.getPost());
            }
        });
    }

    static boolean takesIfMatch(Operation operation) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(EntityTagRules::isIfMatch);
    }

    private static boolean isIfMatch(Parameter parameter) {
        return "header".equals(parameter.getIn()) && IF_MATCH.equalsIgnoreCase(parameter.getName());
    }

    private static void describeIfMatch(Operation operation) {
        if (operation.getParameters() != null) {
            operation.getParameters().stream()
                    .filter(EntityTagRules::isIfMatch)
                    .forEach(parameter -> parameter.setDescription(IF_MATCH_MEANING));
        }
    }

    private static void addETag(Operation operation) {
        operation.getResponses().forEach((status, response) -> {
            if ((status.equals("200") || status.equals("201")) && response.get$ref() == null) {
                response.addHeaderObject(ETAG, new Header().$ref("#/components/headers/" + ETAG));
            }
        });
    }

    private static String parentOf(String path) {
        return path.substring(0, path.lastIndexOf('/'));
    }
}
