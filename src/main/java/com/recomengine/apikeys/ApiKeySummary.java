package com.recomengine.apikeys;

import com.recomengine.shared.security.KeyPermission;
import com.recomengine.shared.security.KeyType;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A key as listed for its admin: never the key itself, only its display prefix. */
public record ApiKeySummary(
        UUID keyId,
        String name,
        KeyType type,
        KeyPermission permission,
        String prefix,
        Instant createdAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
