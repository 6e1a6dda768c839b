package com.recomengine.recommendations.model;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the catalog says about a product, for content similarity. */
public record ItemContent(String name, @Nullable String category, Map<String, String> attributes) {

    public ItemContent {
        attributes = Map.copyOf(attributes);
    }

    public static ItemContent named(String name) {
        return new ItemContent(name, null, Map.of());
    }
}
