package com.recomengine.events.internal;

import com.recomengine.events.Interaction;
import com.recomengine.events.InteractionCoverage;
import com.recomengine.events.InteractionType;
import com.recomengine.events.Interactions;
import com.recomengine.events.LiveCounts;
import com.recomengine.events.StoredInteraction;
import com.recomengine.shared.TenantId;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link Interactions} over plain JDBC: a server-side cursor (fetch size, inside a read-only transaction) streams
 * any range without loading it, using the {@code (tenant_id, ts)} index and only the partitions of the range.
 */
@Component
class InteractionReader implements Interactions {

    private static final int FETCH = 2_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final LiveCounters counters;

    InteractionReader(JdbcTemplate jdbc, PlatformTransactionManager transactions, LiveCounters counters) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.counters = counters;
    }

    @Override
    public void forEach(TenantId tenant, Instant from, Instant to, Consumer<Interaction> action) {
        readOnly.executeWithoutResult(status -> jdbc.query(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement("""
                    SELECT event_type, user_id, product_id, session_id, event_id, ts, metadata::text FROM events
                    WHERE tenant_id = ? AND ts >= ? AND ts < ? ORDER BY ts""");
                    statement.setFetchSize(FETCH);
                    statement.setObject(1, tenant.value());
                    statement.setTimestamp(2, Timestamp.from(from));
                    statement.setTimestamp(3, Timestamp.from(to));
                    return statement;
                },
                rs -> {
                    action.accept(new Interaction(
                            InteractionType.fromWire(rs.getString(1)).orElseThrow(),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getObject(6, OffsetDateTime.class).toInstant(),
                            rs.getString(7)));
                }));
    }

    @Override
    public long count(TenantId tenant, Instant from, Instant to) {
        Long count = jdbc.queryForObject(
                "SELECT count(*) FROM events WHERE tenant_id = ? AND ts >= ? AND ts < ?",
                Long.class,
                tenant.value(),
                Timestamp.from(from),
                Timestamp.from(to));
        return count == null ? 0 : count;
    }

    @Override
    public List<LiveCounts> liveCounts(TenantId tenant, LocalDate day) {
        return counters.read(tenant, day);
    }

    @Override
    public Map<InteractionType, Long> countByType(TenantId tenant, Instant from, Instant to) {
        Map<InteractionType, Long> counts = new EnumMap<>(InteractionType.class);
        jdbc.query(
                "SELECT event_type, count(*) FROM events WHERE tenant_id = ? AND ts >= ? AND ts < ? GROUP BY event_type",
                rs -> {
                    var type = InteractionType.fromWire(rs.getString(1));
                    if (type.isPresent()) {
                        counts.put(type.get(), rs.getLong(2));
                    }
                },
                tenant.value(),
                Timestamp.from(from),
                Timestamp.from(to));
        return counts;
    }

    @Override
    public InteractionCoverage coverage(TenantId tenant, Instant from, Instant to) {
        return readOnly.execute(status -> jdbc.queryForObject(
                """
                WITH w AS MATERIALIZED (
                    SELECT user_id, product_id, session_id, event_type, metadata ->> 'orderId' AS order_id FROM events
                    WHERE tenant_id = ? AND ts >= ? AND ts < ? AND product_id IS NOT NULL AND event_type <> 'impression')
                SELECT (SELECT count(DISTINCT user_id) FROM w),
                       (SELECT count(DISTINCT product_id) FROM w),
                       (SELECT count(*) FROM (SELECT 1 FROM w GROUP BY user_id HAVING count(DISTINCT product_id) > 1) u),
                       (SELECT count(*) FROM (SELECT 1 FROM w WHERE event_type = 'purchase' AND order_id IS NOT NULL
                                              GROUP BY order_id HAVING count(DISTINCT product_id) > 1) o),
                       (SELECT count(*) FROM (SELECT 1 FROM w WHERE session_id IS NOT NULL
                                              GROUP BY session_id HAVING count(DISTINCT product_id) > 1) s),
                       (SELECT count(*) FROM w WHERE event_type = 'purchase')""",
                (rs, row) -> new InteractionCoverage(
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)),
                tenant.value(),
                Timestamp.from(from),
                Timestamp.from(to)));
    }

    @Override
    public List<String> productIdsSeen(TenantId tenant, Instant from, Instant to, int limit) {
        return jdbc.queryForList("""
                SELECT DISTINCT product_id FROM events
                WHERE tenant_id = ? AND ts >= ? AND ts < ? AND product_id IS NOT NULL LIMIT ?""", String.class, tenant.value(), Timestamp.from(from), Timestamp.from(to), limit);
    }

    @Override
    public List<StoredInteraction> storedSince(TenantId tenant, Instant storedAfter, Duration window, int limit) {
        Instant now = Instant.now();
        return jdbc.query(
                """
                SELECT event_type, user_id, product_id, session_id, event_id, ts, metadata::text, received_at FROM events
                WHERE tenant_id = ? AND ts >= ? AND ts < ? AND received_at > ? ORDER BY received_at, ts LIMIT ?""",
                (rs, row) -> new StoredInteraction(
                        new Interaction(
                                InteractionType.fromWire(rs.getString(1)).orElseThrow(),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getObject(6, OffsetDateTime.class).toInstant(),
                                rs.getString(7)),
                        rs.getObject(8, OffsetDateTime.class).toInstant()),
                tenant.value(),
                Timestamp.from(now.minus(window)),
                Timestamp.from(now.plus(Duration.ofMinutes(5))),
                Timestamp.from(storedAfter),
                limit);
    }
}
