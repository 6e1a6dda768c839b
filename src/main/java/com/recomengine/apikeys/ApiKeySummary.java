package com.recomengine.apikeys;

import com.recomengine.shared.Verdict;
import com.recomengine.shared.security.KeyPermission;
import com.recomengine.shared.security.KeyType;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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

    /** The word on a tenant's active keys of one type: fine when one was used in the last day, else a warning. */
    public static Verdict usage(List<ApiKeySummary> active, Instant now) {
        Instant last = lastUsed(active);
        return last != null && last.isAfter(now.minus(Duration.ofDays(1))) ? Verdict.OK : Verdict.WARN;
    }

    /** When any of {@code keys} was last used; null when none ever was. */
    public static @Nullable Instant lastUsed(List<ApiKeySummary> keys) {
        return keys.stream()
                .map(ApiKeySummary::lastUsedAt)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }
}
