package com.recomengine.analytics.internal;

import com.recomengine.platform.TenantScope;
import com.recomengine.shared.TenantId;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly job (02:00 UTC, on one instance through ShedLock): aggregates yesterday for every tenant that has
 * events on it, and each of the {@code catch-up-days} before that was not aggregated yet (the job missed a night).
 * Also, every {@code stale-sweep}, aggregates again the past days that received events after the fact.
 */
@Component
@RequiredArgsConstructor
class NightlyAggregation {

    private static final Logger log = LoggerFactory.getLogger(NightlyAggregation.class);

    private final JdbcTemplate jdbc;
    private final DailyStore store;
    private final RangeFigures figures;
    private final Recomputation recomputation;
    private final AnalyticsProperties properties;

    @Scheduled(cron = "${recomengine.analytics.nightly-cron:0 0 2 * * *}", zone = "UTC")
    @SchedulerLock(name = "analytics-nightly", lockAtMostFor = "PT3H")
    public void nightly() {
        LocalDate today = figures.today();
        long started = System.nanoTime();
        int done = 0;
        for (int back = properties.catchUpDays(); back >= 1; back--) {
            LocalDate day = today.minusDays(back);
            Set<UUID> aggregated = back == 1
                    ? Set.of()
                    : new HashSet<>(TenantScope.acrossTenants(
                            "which tenants' day is aggregated",
                            () -> jdbc.queryForList(
                                    "SELECT tenant_id FROM analytics_daily_totals WHERE day = ?",
                                    UUID.class,
                                    Date.valueOf(day))));
            List<UUID> withEvents = TenantScope.acrossTenants("which tenants had events", () -> tenantsWithEvents(day));
            for (UUID tenant : withEvents) {
                if (!aggregated.contains(tenant)) {
                    TenantId id = new TenantId(tenant);
                    TenantScope.run(id, () -> store.recompute(id, day));
                    done++;
                }
            }
        }
        log.info(
                "Nightly analytics: {} tenant-days aggregated in {} ms",
                done,
                (System.nanoTime() - started) / 1_000_000);
        sweepStaleDays();
    }

    @Scheduled(
            fixedDelayString = "${recomengine.analytics.stale-sweep:PT1M}",
            initialDelayString = "${recomengine.analytics.stale-sweep:PT1M}")
    @SchedulerLock(name = "analytics-stale-days", lockAtMostFor = "PT1H")
    public void sweepStaleDays() {
        LocalDate today = figures.today();
        List<StaleDay> stale = TenantScope.acrossTenants(
                "which tenants' days are stale",
                () -> jdbc.query(
                        """
                SELECT tenant_id, day, marked_at FROM analytics_stale_days WHERE day < ? ORDER BY day LIMIT 1000""",
                        (rs, i) -> new StaleDay(
                                new TenantId(rs.getObject(1, UUID.class)),
                                rs.getDate(2).toLocalDate(),
                                rs.getTimestamp(3)),
                        Date.valueOf(today)));
        for (StaleDay day : stale) {
            TenantScope.run(day.tenant(), () -> recompute(day, today));
        }
    }

    private void recompute(StaleDay day, LocalDate today) {
        if (!day.day().isBefore(recomputation.oldestRecomputable(day.tenant(), today))) {
            store.recompute(day.tenant(), day.day());
        }
        // A mark made after this read (events stored meanwhile) stays for the next sweep.
        jdbc.update(
                "DELETE FROM analytics_stale_days WHERE tenant_id = ? AND day = ? AND marked_at <= ?",
                day.tenant().value(),
                Date.valueOf(day.day()),
                day.markedAt());
    }

    private record StaleDay(TenantId tenant, LocalDate day, Timestamp markedAt) {}

    /**
     * The tenants with at least one event on the day: the distinct tenants of the table by a loose index scan of
     * the primary key (one probe per tenant, however many events each has), then one probe each for the day.
     */
    List<UUID> tenantsWithEvents(LocalDate day) {
        Timestamp from = Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
        Timestamp to =
                Timestamp.from(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        return jdbc.queryForList("""
                WITH RECURSIVE tenants AS (
                    (SELECT tenant_id FROM events ORDER BY tenant_id LIMIT 1)
                    UNION ALL
                    SELECT (SELECT e.tenant_id FROM events e WHERE e.tenant_id > t.tenant_id ORDER BY e.tenant_id LIMIT 1)
                    FROM tenants t WHERE t.tenant_id IS NOT NULL
                )
                SELECT tenant_id FROM tenants t WHERE tenant_id IS NOT NULL
                  AND EXISTS (SELECT 1 FROM events e WHERE e.tenant_id = t.tenant_id AND e.ts >= ? AND e.ts < ?)
                """, UUID.class, from, to);
    }
}
