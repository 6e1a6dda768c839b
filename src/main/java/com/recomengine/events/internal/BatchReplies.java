package com.recomengine.events.internal;

import com.recomengine.shared.TenantId;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The first answer to each {@code Idempotency-Key} of a tenant, in PostgreSQL so that a replay survives Redis and
 * restarts alike (a keyed batch costs one lookup and one insert; the events themselves are deduplicated anyway).
 * Kept for {@code replyWindow}, removed by the daily maintenance.
 */
@Component
@RequiredArgsConstructor
class BatchReplies {

    private final JdbcTemplate jdbc;

    record StoredReply(String requestHash, String reply) {}

    Optional<StoredReply> find(TenantId tenant, String key) {
        List<StoredReply> found = jdbc.query(
                "SELECT request_hash, reply FROM event_batch_replies WHERE tenant_id = ? AND idempotency_key = ?",
                (rs, n) -> new StoredReply(rs.getString(1), rs.getString(2)),
                tenant.value(),
                key);
        return found.stream().findFirst();
    }

    /** Stores the reply unless one is there already (a concurrent twin won); says whether this one was stored. */
    boolean save(TenantId tenant, String key, String requestHash, String reply) {
        return jdbc.update("""
                INSERT INTO event_batch_replies (tenant_id, idempotency_key, request_hash, reply) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", tenant.value(), key, requestHash, reply) == 1;
    }
}
