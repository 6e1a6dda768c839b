package com.recomengine.events;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One stored interaction, as model builds and analytics read it. {@code metadata} is the event's metadata as a
 * JSON object text, or null when it had none.
 */
public record Interaction(
        InteractionType type,
        String userId,
        @Nullable String productId,
        @Nullable String sessionId,
        @Nullable String eventId,
        Instant timestamp,
        @Nullable String metadata) {}
