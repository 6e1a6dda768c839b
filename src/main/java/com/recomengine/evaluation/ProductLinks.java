package com.recomengine.evaluation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a derived catalog's products link to: templates of an absolute image URL and page URL in which {@value
 * #ID} stands for the product id (URL-encoded).
 */
public record ProductLinks(String imageUrl, String url) {

    public static final String ID = "{productId}";

    public ProductLinks {
        if (!imageUrl.contains(ID) || !url.contains(ID)) {
            throw new IllegalArgumentException("both templates must contain " + ID);
        }
    }

    public String imageUrlOf(String productId) {
        return imageUrl.replace(ID, encoded(productId));
    }

    public String urlOf(String productId) {
        return url.replace(ID, encoded(productId));
    }

    private static String encoded(String productId) {
        return URLEncoder.encode(productId, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
