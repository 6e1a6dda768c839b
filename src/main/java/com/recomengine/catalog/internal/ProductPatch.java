package com.recomengine.catalog.internal;

import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns PUT and PATCH bodies into whole products: the id comes from the path, and a PATCH is a JSON merge patch
 * (RFC 7396) over the stored product, where {@code null} clears a field and {@code attributes} merge key by key.
 */
@Component
@RequiredArgsConstructor
class ProductPatch {

    private final ObjectMapper json;

    /** The body with {@code productId} taken from the path; a different id in the body is refused. */
    JsonNode withPathId(JsonNode body, String pathId) {
        requireValidId(pathId);
        if (!(body instanceof ObjectNode object)) {
            return body;
        }
        JsonNode id = object.get("productId");
        if (id != null && !id.isNull() && !(id.isString() && id.stringValue().equals(pathId))) {
            throw new InvalidProduct(List.of(new FieldError("productId", "must match the product id in the path")));
        }
        ObjectNode copy = object.deepCopy();
        copy.put("productId", pathId);
        return copy;
    }

    /** The stored product with the patch merged in, to be read and validated as a whole product. */
    JsonNode apply(ProductView stored, JsonNode patch) {
        if (!patch.isObject()) {
            throw new InvalidProduct(List.of(new FieldError("body", "must be a JSON object (a JSON merge patch)")));
        }
        JsonNode id = patch.get("productId");
        if (id != null && !(id.isString() && id.stringValue().equals(stored.productId()))) {
            throw new InvalidProduct(List.of(new FieldError("productId", "cannot be changed")));
        }
        return merge(asJson(stored), patch);
    }

    boolean carriesVersion(JsonNode patch) {
        JsonNode version = patch.get("dataVersion");
        return version != null && !version.isNull();
    }

    private ObjectNode asJson(ProductView p) {
        ObjectNode node = json.createObjectNode();
        node.put("productId", p.productId());
        node.put("name", p.name());
        node.put("category", p.category());
        node.put("price", p.price());
        node.put("currency", p.currency());
        node.put("imageUrl", p.imageUrl());
        node.put("url", p.url());
        node.set("attributes", json.readTree(p.attributes()));
        node.put("available", p.available());
        node.put("dataVersion", p.dataVersion());
        return node;
    }

    private JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target instanceof ObjectNode object ? object.deepCopy() : json.createObjectNode();
        for (Map.Entry<String, JsonNode> entry : patch.properties()) {
            if (entry.getValue().isNull()) {
                result.remove(entry.getKey());
            } else {
                result.set(entry.getKey(), merge(result.path(entry.getKey()), entry.getValue()));
            }
        }
        return result;
    }

    private static void requireValidId(String productId) {
        FieldError error = ProductReader.checkId(productId);
        if (error != null) {
            throw new InvalidProduct(List.of(error));
        }
    }
}
