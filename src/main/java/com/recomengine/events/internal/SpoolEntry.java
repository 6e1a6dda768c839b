package com.recomengine.events.internal;

import com.recomengine.events.Interaction;
import com.recomengine.events.InteractionType;
import com.recomengine.shared.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * One spooled request: its tenant, the request id of its dedup claim, and its rows. In the stream an entry has
 * three fields: {@code t} (tenant id), {@code r} (request id) and {@code rows}, a JSON array with one positional
 * array per row (type, user, product, session, event id, timestamp in epoch microseconds, metadata, dedup key,
 * placement, strategy, revenue in cents): no field names repeated per row, and nothing to derive again on drain.
 */
record SpoolEntry(TenantId tenant, String requestId, List<IncomingInteraction> rows) {

    Map<String, String> encode(ObjectMapper json) {
        List<Object[]> encoded = new ArrayList<>(rows.size());
        for (IncomingInteraction row : rows) {
            encoded.add(new Object[] {
                row.event().type().wireName(),
                row.event().userId(),
                row.event().productId(),
                row.event().sessionId(),
                row.event().eventId(),
                IncomingInteraction.micros(row.event().timestamp()),
                row.event().metadata(),
                row.dedupKey().toString(),
                row.placementId(),
                row.strategy(),
                row.revenueCents()
            });
        }
        return Map.of("t", tenant.value().toString(), "r", requestId, "rows", json.writeValueAsString(encoded));
    }

    static SpoolEntry decode(Map<String, String> fields, ObjectMapper json) {
        TenantId tenant = TenantId.of(required(fields, "t"));
        List<IncomingInteraction> rows = new ArrayList<>();
        for (JsonNode row : json.readTree(required(fields, "rows"))) {
            long micros = row.get(5).asLong();
            rows.add(new IncomingInteraction(
                    tenant,
                    new Interaction(
                            InteractionType.fromWire(row.get(0).asString())
                                    .orElseThrow(() ->
                                            new IllegalArgumentException("Unknown event type in spool: " + row.get(0))),
                            row.get(1).asString(),
                            text(row.get(2)),
                            text(row.get(3)),
                            text(row.get(4)),
                            Instant.ofEpochSecond(
                                    Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L),
                            text(row.get(6))),
                    UUID.fromString(row.get(7).asString()),
                    text(row.get(8)),
                    text(row.get(9)),
                    row.get(10).asLong()));
        }
        return new SpoolEntry(tenant, required(fields, "r"), rows);
    }

    private static @Nullable String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Spool entry without field " + name);
        }
        return value;
    }
}
