package com.recomengine.catalog.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** A product's attributes checked: a JSON object, names, nesting and size within the caps, no NUL characters. */
final class ProductAttributes {

    private ProductAttributes() {}

    /** The attributes as JSON text, {@code {}} when absent or refused (the reason added to {@code errors}). */
    static String read(ObjectMapper json, @Nullable JsonNode node, List<FieldError> errors) {
        if (ProductReader.absent(node)) {
            return "{}";
        }
        if (!node.isObject()) {
            errors.add(new FieldError("attributes", "must be a JSON object"));
            return "{}";
        }
        if (node.propertyNames().stream().anyMatch(name -> name.length() > ProductReader.MAX_ATTRIBUTE_NAME)) {
            errors.add(new FieldError(
                    "attributes", "names must be at most " + ProductReader.MAX_ATTRIBUTE_NAME + " characters"));
            return "{}";
        }
        if (depth(node, 1) > ProductReader.MAX_ATTRIBUTES_DEPTH) {
            errors.add(new FieldError(
                    "attributes", "must be nested at most " + ProductReader.MAX_ATTRIBUTES_DEPTH + " levels deep"));
            return "{}";
        }
        String text = json.writeValueAsString(node);
        if (text.getBytes(StandardCharsets.UTF_8).length > ProductReader.MAX_ATTRIBUTES_BYTES) {
            errors.add(new FieldError(
                    "attributes", "must be at most " + ProductReader.MAX_ATTRIBUTES_BYTES + " bytes as JSON"));
            return "{}";
        }
        if (text.contains("\\u0000")) {
            errors.add(new FieldError("attributes", "must not contain NUL characters"));
            return "{}";
        }
        return text;
    }

    /** Nesting depth of a container, counting {@code level} for {@code node}; stops early once past the limit. */
    private static int depth(JsonNode node, int level) {
        int deepest = level;
        for (JsonNode child : node.values()) {
            if (child.isContainer()) {
                deepest = Math.max(deepest, depth(child, level + 1));
                if (deepest > ProductReader.MAX_ATTRIBUTES_DEPTH) {
                    return deepest;
                }
            }
        }
        return deepest;
    }
}
