package com.recomengine.recommendations.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Redis keys of cached answers: {@code reco:{tenantId}:{userId}:{strategy}}, then the anchor product, the limit
 * and the request's filters. The tenant is a hash tag (a Redis Cluster keeps a tenant's keys, and the stamps read
 * with them, in one slot). Merchant ids are percent-encoded where they could be mistaken for a separator, so two
 * different requests never share a key.
 */
final class CacheKeys {

    private CacheKeys() {}

    static String of(Query query) {
        StringBuilder key = new StringBuilder(96)
                .append("reco:{")
                .append(query.tenant())
                .append("}:")
                .append(query.userId() == null ? "-" : encode(query.userId()))
                .append(':')
                .append(query.strategy().wireName())
                .append(":n")
                .append(query.limit());
        append(key, ":p=", query.productId());
        append(key, ":c=", query.category());
        append(key, ":lo=", query.minPrice());
        append(key, ":hi=", query.maxPrice());
        append(key, ":pl=", query.placementId());
        if (query.maxPerCategory() > 0) {
            key.append(":d=").append(query.maxPerCategory());
        }
        if (query.rotation() != null) {
            key.append(":r=")
                    .append(query.rotation().hours())
                    .append('/')
                    .append(query.rotation().strength());
        }
        if (!query.rules()) {
            key.append(":norules");
        }
        return key.toString();
    }

    private static void append(StringBuilder key, String name, @Nullable Object value) {
        if (value != null) {
            key.append(name)
                    .append(value instanceof BigDecimal price ? price.toPlainString() : encode(value.toString()));
        }
    }

    /** {@code %}, {@code :}, {@code =} and {@code -} alone (the anonymous user) escaped; the rest as it is. */
    static String encode(String id) {
        if (id.equals("-")) {
            return "%2D";
        }
        StringBuilder out = null;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            String escaped = switch (c) {
                case '%' -> "%25";
                case ':' -> "%3A";
                case '=' -> "%3D";
                default -> null;
            };
            if (escaped != null && out == null) {
                out = new StringBuilder(id.length() + 8).append(id, 0, i);
            }
            if (out != null) {
                if (escaped != null) {
                    out.append(escaped);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? id : out.toString();
    }
}
