package com.recomengine.events.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How events look in the OpenAPI document. The endpoints read raw JSON so that each event of a batch can be
 * judged on its own (a bad one is reported, not the whole body refused); these records only describe it.
 */
final class InteractionSchemas {

    private InteractionSchemas() {}

    @Schema(name = "Event", description = "One thing a shopper did")
    record Event(
            @Schema(
                    description = "Your id of the event; identifies it for deduplication when given",
                    maxLength = 256,
                    example = "9b2f6c1e-0c3a-4b7e-9a51-1f0b7d3c2a10")
            @Nullable
            String eventId,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"view", "click", "add_to_cart", "purchase", "impression", "recommendation_click"
                    })
            String eventType,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = 256, example = "user-42")
            String userId,

            @Schema(description = "Required for every type except impression", maxLength = 256, example = "sku-123")
            @Nullable
            String productId,

            @Schema(maxLength = 256) @Nullable String sessionId,

            @Schema(
                    format = "date-time",
                    description = "ISO-8601 with offset; default now. Not older than the "
                            + "tenant's retention, not more than 5 minutes ahead",
                    example = "2025-11-21T09:30:00Z")
            @Nullable
            String timestamp,

            @Schema(
                    description = "JSON object of at most 4096 bytes: orderId, revenue, currency, placementId, "
                            + "recommendationId, variant, strategy and any keys of your own")
            @Nullable
            Map<String, Object> metadata) {}

    @Schema(name = "EventBatch")
    record Batch(
            @ArraySchema(minItems = 1, maxItems = 1000, schema = @Schema(implementation = Event.class))
            List<Event> events) {}
}
