package com.recomengine.events.internal;

import com.recomengine.platform.TenantScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps partitions ready and old ones gone: at start-up (before the web server takes requests) and daily on one
 * instance, every month from the retention horizon to {@code monthsAhead} months ahead gets its partition, and
 * every partition that ends before the horizon is detached and dropped. Stale {@code Idempotency-Key} replies go
 * in the same pass.
 */
@Component
@RequiredArgsConstructor
class PartitionMaintenance implements SmartInitializingSingleton {

    private final Partitions partitions;
    private final RetentionHorizon horizon;
    private final JdbcTemplate jdbc;
    private final EventsProperties properties;
    private final Clock clock = Clock.systemUTC();

    @Override
    public void afterSingletonsInstantiated() {
        ensureAhead(clock.instant());
    }

    @Scheduled(cron = "${recomengine.events.maintenance-cron:0 15 0 * * *}", zone = "UTC")
    @SchedulerLock(name = "events-partitions", lockAtMostFor = "PT30M")
    public void daily() {
        Instant now = clock.instant();
        ensureAhead(now);
        dropExpired(now);
        TenantScope.acrossTenants(
                "expiry of every tenant's batch replies",
                () -> jdbc.update(
                        "DELETE FROM event_batch_replies WHERE created_at < ?",
                        java.sql.Timestamp.from(now.minus(properties.replyWindow()))));
    }

    void ensureAhead(Instant now) {
        Instant oldest = now.minus(Duration.ofDays(horizon.days()));
        YearMonth current = YearMonth.from(now.atOffset(ZoneOffset.UTC));
        partitions.ensure(
                YearMonth.from(oldest.atOffset(ZoneOffset.UTC)), current.plusMonths(properties.monthsAhead()));
    }

    /** Drops the partitions that end at or before {@code now} minus the horizon: no row in them is still kept. */
    int dropExpired(Instant now) {
        Instant cutoff = now.minus(Duration.ofDays(horizon.days()));
        int dropped = 0;
        for (Partitions.Partition partition : partitions.list()) {
            if (!partition.end().isAfter(cutoff)) {
                partitions.drop(partition);
                dropped++;
            }
        }
        return dropped;
    }
}
