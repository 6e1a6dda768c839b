package com.recomengine.events;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An interaction to ingest, with the fields of an API event. {@code metadata} values are strings, numbers or
 * booleans (e.g. {@code orderId}, {@code revenue}, {@code currency}); an empty map sends no metadata.
 */
public record NewInteraction(
        InteractionType type,
        String userId,
        @Nullable String productId,
        @Nullable String sessionId,
        @Nullable String eventId,
        Instant timestamp,
        Map<String, Object> metadata) {

    public NewInteraction {
        metadata = Map.copyOf(metadata);
    }
}
