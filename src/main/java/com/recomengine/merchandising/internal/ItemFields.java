package com.recomengine.merchandising.internal;

import com.recomengine.catalog.ProductSummary;
import com.recomengine.merchandising.RuleContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The variables a condition sees for one item, as CEL wants them: absent text is {@code ""}, an absent price
 * {@code 0.0}, an unknown creation time the epoch; attribute numbers are CEL ints when whole, doubles otherwise.
 */
final class ItemFields {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ItemFields() {}

    static Map<String, Object> of(ProductSummary product, RuleContext context) {
        Map<String, Object> fields = new HashMap<>(16);
        fields.put("item.productId", product.productId());
        fields.put("item.name", product.name());
        fields.put("item.category", product.category() == null ? "" : product.category());
        fields.put("item.price", product.price() == null ? 0.0 : product.price().doubleValue());
        fields.put("item.currency", product.currency() == null ? "" : product.currency());
        fields.put("item.available", product.available());
        fields.put("item.attributes", attributes(product.attributesJson()));
        fields.put("item.createdAt", product.createdAt() == null ? Instant.EPOCH : product.createdAt());
        fields.put("context.placementId", context.placementId() == null ? "" : context.placementId());
        fields.put("context.userKnown", context.userKnown());
        return fields;
    }

    private static Map<String, Object> attributes(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            return node.isObject() ? object(node) : Map.of();
        } catch (JacksonException e) {
            return Map.of();
        }
    }

    private static Map<String, Object> object(JsonNode node) {
        Map<String, Object> out = new LinkedHashMap<>();
        node.properties().forEach(entry -> {
            Object value = value(entry.getValue());
            if (value != null) {
                out.put(entry.getKey(), value);
            }
        });
        return out;
    }

    private static Object value(JsonNode node) {
        if (node.isObject()) {
            return object(node);
        }
        if (node.isArray()) {
            List<Object> out = new ArrayList<>(node.size());
            node.values().forEach(element -> {
                Object value = value(element);
                if (value != null) {
                    out.add(value);
                }
            });
            return out;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return node.isNull() ? null : node.asString();
    }
}
