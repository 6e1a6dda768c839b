package com.recomengine.events.internal;

import com.recomengine.events.Interaction;
import com.recomengine.events.InteractionType;
import com.recomengine.shared.TenantId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A validated interaction on its way to storage: the {@code event} as it will be stored and read back, and what
 * storage derives from it. {@code dedupKey} identifies it for idempotency: derived from the client's {@code eventId}
 * when given, else from user, type, product and timestamp (the tenant and the timestamp are beside it in the unique
 * index). The event's {@code timestamp} is cut to microseconds, PostgreSQL's precision, so that a retry compares
 * equal to what was stored.
 */
record IncomingInteraction(
        TenantId tenant,
        Interaction event,
        UUID dedupKey,
        @Nullable String placementId,
        @Nullable String strategy,
        long revenueCents) {

    static UUID dedupKeyOf(
            @Nullable String eventId,
            String userId,
            InteractionType type,
            @Nullable String productId,
            Instant timestamp) {
        String identity = eventId != null
                ? "e\u0000" + eventId
                : "k\u0000" + userId + "\u0000" + type.wireName() + "\u0000" + (productId == null ? "" : productId)
                        + "\u0000" + micros(timestamp);
        ByteBuffer digest = ByteBuffer.wrap(sha256(identity));
        return new UUID(digest.getLong(), digest.getLong());
    }

    /** The Redis key of the dedup fast path; the tenant is a hash tag so that a cluster keeps a tenant together. */
    String redisKey() {
        byte[] key = ByteBuffer.allocate(16)
                .putLong(dedupKey.getMostSignificantBits())
                .putLong(dedupKey.getLeastSignificantBits())
                .array();
        return "dd:{" + tenant + "}:" + Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    RowKey rowKey() {
        return new RowKey(tenant.value(), dedupKey, event.timestamp());
    }

    /** What the unique index of the table compares. */
    record RowKey(UUID tenant, UUID dedupKey, Instant timestamp) {}

    /** Microseconds since the epoch: PostgreSQL's precision, as stored and as spooled. */
    static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
