package com.recomengine.apikeys.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A key as listed: never the key itself, except {@code key} in the answer that created it. */
public record ApiKeyView(
        UUID id,
        UUID tenantId,
        String name,
        String type,
        String permissions,
        String prefix,
        Instant createdAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt,
        @Nullable String key) {

    static ApiKeyView of(ApiKey key, @Nullable String plain) {
        return new ApiKeyView(
                key.id(),
                key.tenantId(),
                key.name(),
                key.type().wireName(),
                key.permission().wireName(),
                key.displayPrefix(),
                key.createdAt(),
                key.lastUsedAt(),
                key.revokedAt(),
                plain);
    }
}
