package com.recomengine.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One entry of the audit log; {@code changes} maps each changed field to its {@code before} and {@code after}. */
public record AuditEntry(
        long id,
        Instant at,
        @Nullable UUID actorId,
        @Nullable String actorEmail,
        String action,
        String targetType,
        String targetId,
        Map<String, Change> changes,
        @Nullable String requestId,
        @Nullable String ip) {

    public record Change(@Nullable Object before, @Nullable Object after) {}
}
