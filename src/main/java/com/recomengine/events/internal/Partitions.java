package com.recomengine.events.internal;

import com.recomengine.platform.SchemaChanges;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The monthly partitions of {@code events}, named {@code events_pYYYYMM}, each holding {@code [first of month,
 * first of next month)} in UTC. Remembers which months exist so that the writer asks the catalog only for a month
 * it has not seen; a month missing for any reason (dropped by another instance, a raised retention) is created on
 * demand. Partitions are created and dropped as the tables' owner ({@link SchemaChanges}), which also gives a new
 * one its row-level security policies and the application role's grants.
 */
@Component
@RequiredArgsConstructor
class Partitions {

    private static final Logger log = LoggerFactory.getLogger(Partitions.class);
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMM");
    private static final String LIST = """
            SELECT c.relname, i.inhrelid IS NOT NULL AS attached, coalesce(i.inhdetachpending, false) AS pending
            FROM pg_class c
            LEFT JOIN pg_inherits i ON i.inhrelid = c.oid AND i.inhparent = 'events'::regclass
            WHERE c.relkind = 'r' AND c.relname ~ '^events_p[0-9]{6}$'
              AND c.relnamespace = current_schema()::regnamespace""";

    private final JdbcTemplate jdbc;
    private final SchemaChanges schema;
    private final Set<YearMonth> known = ConcurrentHashMap.newKeySet();

    /** One partition table and whether it still hangs under {@code events} (or is half detached). */
    record Partition(YearMonth month, boolean attached, boolean detachPending) {

        String table() {
            return nameOf(month);
        }

        Instant end() {
            return month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
    }

    List<Partition> list() {
        return jdbc.query(
                LIST,
                (rs, n) -> new Partition(
                        YearMonth.parse(rs.getString(1).substring(8), SUFFIX), rs.getBoolean(2), rs.getBoolean(3)));
    }

    /** Makes sure every month from {@code first} to {@code last} (inclusive) has its partition. */
    void ensure(YearMonth first, YearMonth last) {
        Set<YearMonth> months = new TreeSet<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        ensureMonths(months);
    }

    /** Makes sure the months of these timestamps have their partitions; cheap when they are all known. */
    void ensureFor(Collection<Instant> timestamps) {
        Set<YearMonth> missing = new TreeSet<>();
        for (Instant at : timestamps) {
            YearMonth month = YearMonth.from(at.atOffset(ZoneOffset.UTC));
            if (!known.contains(month)) {
                missing.add(month);
            }
        }
        if (!missing.isEmpty()) {
            ensureMonths(missing);
        }
    }

    /** Forgets what it knew, after a write found a month missing. */
    void forget() {
        known.clear();
    }

    /** Detaches (concurrently, so writers are not blocked) and drops one month; finishes a half-done detach. */
    void drop(Partition partition) {
        String table = partition.table();
        if (partition.attached()) {
            String mode = partition.detachPending() ? "FINALIZE" : "CONCURRENTLY";
            schema.apply("ALTER TABLE events DETACH PARTITION " + table + " " + mode);
        }
        known.remove(partition.month());
        schema.apply("DROP TABLE IF EXISTS " + table);
        log.info("Dropped events partition {} (older than the retention)", table);
    }

    private void ensureMonths(Set<YearMonth> months) {
        Set<YearMonth> existing = new TreeSet<>();
        list().stream().filter(Partition::attached).forEach(p -> existing.add(p.month()));
        known.addAll(existing);
        for (YearMonth month : months) {
            if (!existing.contains(month)) {
                create(month);
            }
            known.add(month);
        }
    }

    private void create(YearMonth month) {
        String from = month.atDay(1) + " 00:00:00+00";
        String to = month.plusMonths(1).atDay(1) + " 00:00:00+00";
        try {
            schema.apply("CREATE TABLE IF NOT EXISTS " + nameOf(month) + " PARTITION OF events FOR VALUES FROM ('"
                    + from + "') TO ('" + to + "')");
            log.info("Created events partition {}", nameOf(month));
        } catch (DataAccessException e) {
            // Another instance may have created it a moment ago; only a month still missing is a failure.
            boolean exists =
                    list().stream().anyMatch(p -> p.attached() && p.month().equals(month));
            if (!exists) {
                throw e;
            }
        }
    }

    static String nameOf(YearMonth month) {
        return "events_p" + month.format(SUFFIX);
    }
}
