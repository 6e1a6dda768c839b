package com.recomengine.analytics.internal;

import com.recomengine.events.InteractionsRecorded;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Marks past days that received events (late SDK batches, back-fills) so that the sweep aggregates them again;
 * a batch of today's events marks nothing. One upsert per stored batch, off the ingestion path.
 */
@Component
@RequiredArgsConstructor
class StaleDays {

    private final JdbcTemplate jdbc;
    private final RangeFigures figures;

    @ApplicationModuleListener
    void on(InteractionsRecorded recorded) {
        LocalDate first = LocalDate.ofInstant(recorded.earliest(), ZoneOffset.UTC);
        LocalDate latest = LocalDate.ofInstant(recorded.latest(), ZoneOffset.UTC);
        LocalDate yesterday = figures.today().minusDays(1);
        LocalDate last = latest.isAfter(yesterday) ? yesterday : latest;
        if (first.isAfter(last)) {
            return;
        }
        jdbc.update("""
                INSERT INTO analytics_stale_days (tenant_id, day)
                SELECT ?, d::date FROM generate_series(?::date, ?::date, interval '1 day') AS d
                ON CONFLICT (tenant_id, day) DO UPDATE SET marked_at = now()""", recorded.tenantId().value(), Date.valueOf(first), Date.valueOf(last));
    }
}
