package com.recomengine.recommendations.internal;

import com.recomengine.catalog.Catalog;
import com.recomengine.catalog.ProductSummary;
import com.recomengine.events.Interaction;
import com.recomengine.events.Interactions;
import com.recomengine.recommendations.model.FeedbackType;
import com.recomengine.recommendations.model.InteractionData;
import com.recomengine.recommendations.model.ItemContent;
import com.recomengine.shared.TenantId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A build's input: the tenant's live catalog (what content-based similarity reads; products without interactions
 * included) and its interactions of {@code [from, asOf)}, streamed from the events table. An interaction's basket
 * is its {@code metadata.orderId}, else its session. Impressions are not feedback and are skipped. Of the
 * catalog's attributes only text values are content (numbers such as units sold are not a product's nature).
 */
@Component
@RequiredArgsConstructor
class TrainingData {

    private final Catalog catalog;
    private final Interactions interactions;
    private final ObjectMapper json;

    /** What a build reads, and how many interactions that was. */
    record Read(InteractionData data, long interactions) {}

    Read read(TenantId tenant, Instant from, Instant asOf) {
        InteractionData.Builder builder = InteractionData.builder(asOf);
        catalog.forEachProduct(tenant, product -> builder.describe(product.productId(), content(product)));
        long[] count = new long[1];
        interactions.forEach(tenant, from, asOf, interaction -> {
            Optional<FeedbackType> type =
                    FeedbackType.fromEventType(interaction.type().wireName());
            if (type.isPresent() && interaction.productId() != null) {
                builder.add(
                        interaction.userId(),
                        interaction.productId(),
                        type.get(),
                        interaction.timestamp(),
                        basket(interaction));
                count[0]++;
            }
        });
        return new Read(builder.build(), count[0]);
    }

    private ItemContent content(ProductSummary product) {
        return new ItemContent(product.name(), product.category(), textAttributes(product.attributesJson()));
    }

    private Map<String, String> textAttributes(String attributes) {
        Map<String, String> text = new LinkedHashMap<>();
        if (attributes.length() <= 2) {
            return text;
        }
        try {
            for (Map.Entry<String, JsonNode> entry : json.readTree(attributes).properties()) {
                if (entry.getValue().isString()
                        && !entry.getValue().stringValue().isBlank()) {
                    text.put(entry.getKey(), entry.getValue().stringValue());
                }
            }
        } catch (JacksonException e) {
            // attributes are validated JSON objects on the way in; an unreadable one just adds no content
        }
        return text;
    }

    /** The interaction's basket: {@code o:} and its {@code metadata.orderId}, else {@code s:} and its session. */
    @Nullable
    String basket(Interaction interaction) {
        String metadata = interaction.metadata();
        if (metadata != null && metadata.contains("\"orderId\"")) {
            try {
                JsonNode order = json.readTree(metadata).get("orderId");
                if (order != null && order.isString()) {
                    return "o:" + order.stringValue();
                }
            } catch (JacksonException e) {
                // stored metadata is valid JSON; fall back to the session
            }
        }
        return interaction.sessionId() == null ? null : "s:" + interaction.sessionId();
    }
}
