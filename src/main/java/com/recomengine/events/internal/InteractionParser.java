package com.recomengine.events.internal;

import com.recomengine.events.Interaction;
import com.recomengine.events.InteractionType;
import com.recomengine.events.internal.ParsedInteraction.Rejected;
import com.recomengine.events.internal.ParsedInteraction.Valid;
import com.recomengine.shared.MerchantIds;
import com.recomengine.shared.TenantId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Validates one event of a request as SPEC §4 describes it. Every problem is a {@link Rejected} result naming the
 * field, never an exception, so that one bad event of a batch does not spoil the others.
 */
@Component
class InteractionParser {

    private static final Set<String> FIELDS =
            Set.of("eventId", "eventType", "userId", "productId", "sessionId", "timestamp", "metadata");
    private static final Set<String> METADATA_IDS =
            Set.of("orderId", "placementId", "recommendationId", "variant", "strategy");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final BigDecimal MAX_REVENUE = new BigDecimal("1000000000");
    private static final int MAX_ID = MerchantIds.MAX_LENGTH;

    private final int maxMetadataBytes;

    InteractionParser(EventsProperties properties) {
        this.maxMetadataBytes = properties.maxMetadataBytes();
    }

    ParsedInteraction parse(@Nullable JsonNode node, TenantId tenant, AcceptanceWindow window) {
        if (node == null || !node.isObject()) {
            return new Rejected("event", "must be a JSON object");
        }
        for (String name : node.propertyNames()) {
            if (!FIELDS.contains(name)) {
                return new Rejected(name, "unknown field");
            }
        }
        JsonNode typeNode = node.get("eventType");
        if (typeNode == null || typeNode.isNull()) {
            return new Rejected("eventType", "is required");
        }
        InteractionType type = typeNode.isString()
                ? InteractionType.fromWire(typeNode.stringValue()).orElse(null)
                : null;
        if (type == null) {
            return new Rejected("eventType", "must be one of " + InteractionType.WIRE_NAMES);
        }
        Field userId = identifier(node, "userId", true);
        Field productId = identifier(node, "productId", type.needsProduct());
        Field sessionId = identifier(node, "sessionId", false);
        Field eventId = identifier(node, "eventId", false);
        for (Field field : new Field[] {userId, productId, sessionId, eventId}) {
            if (field.problem != null) {
                return field.problem;
            }
        }
        Object timestamp = timestamp(node.get("timestamp"), window);
        if (timestamp instanceof Rejected rejected) {
            return rejected;
        }
        Instant at = (Instant) timestamp;
        JsonNode metadata = node.get("metadata");
        Rejected badMetadata = checkMetadata(metadata);
        if (badMetadata != null) {
            return badMetadata;
        }
        boolean hasMetadata = metadata != null && !metadata.isNull() && !metadata.isEmpty();
        String metadataJson = hasMetadata ? metadata.toString() : null;
        if (metadataJson != null && metadataJson.getBytes(StandardCharsets.UTF_8).length > maxMetadataBytes) {
            return new Rejected("metadata", "must be at most " + maxMetadataBytes + " bytes of JSON");
        }
        return new Valid(new IncomingInteraction(
                tenant,
                new Interaction(type, userId.value, productId.value, sessionId.value, eventId.value, at, metadataJson),
                IncomingInteraction.dedupKeyOf(eventId.value, userId.value, type, productId.value, at),
                hasMetadata ? text(metadata.get("placementId")) : null,
                hasMetadata ? text(metadata.get("strategy")) : null,
                hasMetadata && type == InteractionType.PURCHASE ? cents(metadata.get("revenue")) : 0));
    }

    private record Field(@Nullable String value, @Nullable Rejected problem) {}

    private static Field identifier(JsonNode node, String name, boolean required) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return new Field(null, required ? new Rejected(name, "is required for this event type") : null);
        }
        if (!value.isString() || !printable(value.stringValue())) {
            return new Field(null, new Rejected(name, "must be a string of 1 to " + MAX_ID + " printable characters"));
        }
        return new Field(value.stringValue(), null);
    }

    private static Object timestamp(@Nullable JsonNode node, AcceptanceWindow window) {
        if (node == null || node.isNull()) {
            return window.now().truncatedTo(ChronoUnit.MICROS);
        }
        Instant at;
        try {
            at = node.isString() ? Instant.parse(node.stringValue()).truncatedTo(ChronoUnit.MICROS) : null;
        } catch (DateTimeParseException e) {
            at = null;
        }
        if (at == null) {
            return new Rejected("timestamp", "must be an ISO-8601 date-time with an offset, e.g. 2025-01-31T12:00:00Z");
        }
        if (at.isBefore(window.earliest())) {
            return new Rejected(
                    "timestamp", "is older than this tenant's retention of " + window.retentionDays() + " days");
        }
        if (at.isAfter(window.latest())) {
            return new Rejected("timestamp", "is more than " + window.maxSkew().toMinutes() + " minutes in the future");
        }
        return at;
    }

    private static @Nullable Rejected checkMetadata(@Nullable JsonNode metadata) {
        if (metadata == null || metadata.isNull()) {
            return null;
        }
        if (!metadata.isObject()) {
            return new Rejected("metadata", "must be a JSON object");
        }
        if (containsNul(metadata)) {
            return new Rejected("metadata", "must not contain NUL characters");
        }
        for (Map.Entry<String, JsonNode> entry : metadata.properties()) {
            String name = entry.getKey();
            JsonNode value = entry.getValue();
            if (value.isNull()) {
                continue;
            }
            if (METADATA_IDS.contains(name) && (!value.isString() || !printable(value.stringValue()))) {
                return new Rejected("metadata." + name, "must be a string of 1 to " + MAX_ID + " printable characters");
            }
            if (name.equals("currency")
                    && (!value.isString()
                            || !CURRENCY.matcher(value.stringValue()).matches())) {
                return new Rejected("metadata.currency", "must be an ISO 4217 code such as EUR");
            }
            if (name.equals("revenue")
                    && (!value.isNumber()
                            || value.decimalValue().signum() < 0
                            || value.decimalValue().compareTo(MAX_REVENUE) > 0)) {
                return new Rejected("metadata.revenue", "must be a number from 0 to " + MAX_REVENUE.toPlainString());
            }
        }
        return null;
    }

    private static boolean containsNul(JsonNode node) {
        if (node.isString()) {
            return node.stringValue().indexOf('\u0000') >= 0;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (entry.getKey().indexOf('\u0000') >= 0 || containsNul(entry.getValue())) {
                return true;
            }
        }
        if (node.isArray()) {
            return node.valueStream().anyMatch(InteractionParser::containsNul);
        }
        return false;
    }

    static boolean printable(String value) {
        return MerchantIds.isValid(value);
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }

    private static long cents(@Nullable JsonNode revenue) {
        return revenue != null && revenue.isNumber()
                ? revenue.decimalValue()
                        .movePointRight(2)
                        .setScale(0, RoundingMode.HALF_UP)
                        .longValueExact()
                : 0;
    }
}
