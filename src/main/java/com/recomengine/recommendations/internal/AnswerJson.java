package com.recomengine.recommendations.internal;

import com.recomengine.recommendations.RecommendedItem;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The response JSON of SPEC §4b, written by hand: the {@code data} array once per computed answer, and around it,
 * per response, the {@code meta} object (a fresh {@code recommendationId}, the cache layer). A cached hit is then a
 * copy of bytes, with no serializer and no reflection on the hot path.
 */
final class AnswerJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] DATA = "{\"data\":".getBytes(StandardCharsets.US_ASCII);

    private AnswerJson() {}

    static byte[] items(List<RecommendedItem> items) {
        StringBuilder out = new StringBuilder(64 + items.size() * 220).append('[');
        for (int i = 0; i < items.size(); i++) {
            RecommendedItem item = items.get(i);
            out.append(i == 0 ? "{" : ",{");
            field(out, "productId", item.productId()).append(',');
            field(out, "name", item.name()).append(',');
            field(out, "imageUrl", item.imageUrl()).append(',');
            field(out, "url", item.url()).append(',');
            out.append("\"price\":")
                    .append(item.price() == null ? "null" : item.price().toPlainString())
                    .append(',');
            field(out, "currency", item.currency()).append(',');
            out.append("\"score\":").append(score(item.score())).append(',');
            field(out, "reason", item.reason()).append(",\"rules\":[");
            for (int r = 0; r < item.rules().size(); r++) {
                string(out.append(r == 0 ? "" : ","), item.rules().get(r));
            }
            out.append("]}");
        }
        return out.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code {"data":[…],"meta":{…}}} for one placement's answer. */
    static byte[] response(byte[] data, Meta meta) {
        byte[] tail = meta.json().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[DATA.length + data.length + tail.length];
        System.arraycopy(DATA, 0, out, 0, DATA.length);
        System.arraycopy(data, 0, out, DATA.length, data.length);
        System.arraycopy(tail, 0, out, DATA.length + data.length, tail.length);
        return out;
    }

    /** What a response says about its answer, beside the items. */
    record Meta(
            String recommendationId,
            String strategy,
            @Nullable String placementId,
            @Nullable UUID experimentId,
            @Nullable String variant,
            String cache,
            int rulesApplied) {

        /** {@code ,"meta":{…}}} — the end of a response object. */
        String json() {
            StringBuilder out = new StringBuilder(220).append(",\"meta\":{");
            field(out, "recommendationId", recommendationId).append(',');
            field(out, "strategy", strategy).append(',');
            field(out, "placementId", placementId).append(',');
            field(out, "experimentId", experimentId == null ? null : experimentId.toString())
                    .append(',');
            field(out, "variant", variant).append(',');
            field(out, "cache", cache).append(',');
            out.append("\"rulesApplied\":").append(rulesApplied);
            return out.append("}}").toString();
        }
    }

    /** A fresh, time-ordered (version 7) id for one response, from a fast non-cryptographic source. */
    static String newRecommendationId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long millis = System.currentTimeMillis();
        long high = (millis << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }

    static List<RecommendedItem> parseItems(byte[] data) {
        List<RecommendedItem> items = new ArrayList<>();
        for (JsonNode node : JSON.readTree(data)) {
            items.add(new RecommendedItem(
                    node.get("productId").asString(),
                    node.get("name").asString(),
                    text(node.get("imageUrl")),
                    text(node.get("url")),
                    decimal(node.get("price")),
                    text(node.get("currency")),
                    node.get("score").asDouble(),
                    node.get("reason").asString(),
                    rules(node.get("rules"))));
        }
        return List.copyOf(items);
    }

    private static List<String> rules(@Nullable JsonNode node) {
        if (node == null || !node.isArray()) {
            return List.of();
        }
        List<String> names = new ArrayList<>(node.size());
        node.values().forEach(name -> names.add(name.asString()));
        return names;
    }

    static @Nullable String text(@Nullable JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    static @Nullable BigDecimal decimal(@Nullable JsonNode node) {
        return node == null || node.isNull() ? null : node.decimalValue();
    }

    private static String score(double score) {
        if (!Double.isFinite(score)) {
            return "0";
        }
        return BigDecimal.valueOf(score)
                .round(new java.math.MathContext(6))
                .stripTrailingZeros()
                .toPlainString();
    }

    static StringBuilder field(StringBuilder out, String name, @Nullable String value) {
        out.append('"').append(name).append("\":");
        if (value == null) {
            return out.append("null");
        }
        return string(out, value);
    }

    static StringBuilder string(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }
}
