package com.recomengine.platform;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Catches the changes whose announcement over {@link ClusterMessages} was lost (Redis unreachable at that moment)
 * for an in-memory cache that every instance holds: now and then the cache asks PostgreSQL which of its rows changed
 * since it last asked, and forgets those. One query a sweep, whatever the number of entries in use — where
 * re-reading every entry in use cost a query per entry (a thousand tenants' keys: 33 queries a second). The query
 * looks back an {@link #OVERLAP} before the last sweep, for transactions that committed well after the time they
 * wrote. While PostgreSQL is unreachable nothing can change, and nothing is asked.
 */
public final class ChangeSweep {

    /** How far before the last sweep each sweep looks: longer than any transaction that writes a change runs. */
    public static final Duration OVERLAP = Duration.ofMinutes(2);

    private static final Logger log = LoggerFactory.getLogger(ChangeSweep.class);

    private final String purpose;
    private final String sql;
    private final JdbcTemplate jdbc;
    private final DatabaseCircuit database;
    private volatile Instant readUpTo = Instant.now();

    /**
     * @param sql one statement with one timestamp parameter that selects the changed rows' keys (as text) since then
     */
    public ChangeSweep(String purpose, String sql, JdbcTemplate jdbc, DatabaseCircuit database) {
        this.purpose = purpose;
        this.sql = sql;
        this.jdbc = jdbc;
        this.database = database;
    }

    /** The keys changed since the last sweep that succeeded (and its overlap); none when PostgreSQL did not answer. */
    public List<String> changed() {
        if (database.isOpen()) {
            return List.of();
        }
        Instant startedAt = Instant.now();
        try {
            List<String> changed = TenantScope.acrossTenants(
                    purpose, () -> jdbc.queryForList(sql, String.class, Timestamp.from(readUpTo.minus(OVERLAP))));
            readUpTo = startedAt;
            return changed;
        } catch (DataAccessException e) {
            database.markUnreachable(e);
            log.warn("Could not read {}: {}", purpose, e.toString());
            return List.of();
        }
    }
}
