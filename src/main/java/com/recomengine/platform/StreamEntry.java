package com.recomengine.platform;

import java.util.Map;

/** One entry of a Redis Stream: its id and its fields (empty when the entry was deleted after it was read). */
public record StreamEntry(String id, Map<String, String> fields) {

    /** {@code >}: read entries no consumer of the group has read yet. */
    public static final String NEW = ">";
}
