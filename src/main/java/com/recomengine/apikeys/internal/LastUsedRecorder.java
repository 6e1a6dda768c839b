package com.recomengine.apikeys.internal;

import com.recomengine.platform.TenantScope;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Remembers when each key was last used and writes it in one batch every few seconds, never per request. Losing
 * the last few seconds on a crash is acceptable for a "last used" display.
 */
@Component
@RequiredArgsConstructor
class LastUsedRecorder {

    private final Map<UUID, Instant> pending = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;

    void touch(UUID keyId) {
        pending.put(keyId, Instant.now());
    }

    @Scheduled(fixedDelayString = "${recomengine.apikeys.last-used-flush:5s}")
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        for (UUID keyId : List.copyOf(pending.keySet())) {
            Instant at = pending.remove(keyId);
            if (at != null) {
                rows.add(new Object[] {Timestamp.from(at), keyId, Timestamp.from(at)});
            }
        }
        try {
            // Keys of every tenant used in the last seconds, known by id alone.
            TenantScope.acrossTenants(
                    "recording when keys were last used",
                    () -> jdbc.batchUpdate(
                            "UPDATE api_keys SET last_used_at = ? WHERE id = ? "
                                    + "AND (last_used_at IS NULL OR last_used_at < ?)",
                            rows));
        } catch (RuntimeException e) {
            rows.forEach(row -> pending.putIfAbsent((UUID) row[1], ((Timestamp) row[0]).toInstant()));
        }
    }
}
