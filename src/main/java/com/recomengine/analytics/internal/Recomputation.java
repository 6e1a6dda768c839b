package com.recomengine.analytics.internal;

import com.recomengine.analytics.DayRange;
import com.recomengine.analytics.RecomputeReport;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.Problems;
import com.recomengine.tenants.TenantSettings;
import com.recomengine.tenants.Tenants;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Aggregates days again from the events table, on request. Only days inside the tenant's retention: an older
 * day's events are (or may be partly) gone, and recomputing it would overwrite good aggregates with less.
 * Today is never stored: it is still being counted live.
 */
@Component
@RequiredArgsConstructor
class Recomputation {

    private static final Logger log = LoggerFactory.getLogger(Recomputation.class);

    private final DailyStore store;
    private final Tenants tenants;
    private final RangeFigures figures;

    RecomputeReport recompute(TenantId tenant, DayRange range) {
        LocalDate today = figures.today();
        if (!range.to().isBefore(today)) {
            throw Problems.invalid("to", "must be before today (" + today + ", UTC): today is counted live");
        }
        LocalDate oldest = oldestRecomputable(tenant, today);
        if (range.from().isBefore(oldest)) {
            throw Problems.invalid(
                    "from",
                    "must not be before " + oldest + ": older events are past the tenant's "
                            + "retention, so their aggregates are kept as they are");
        }
        long started = System.nanoTime();
        long events = range.stream()
                .mapToLong(day -> store.recompute(tenant, day).totals().events())
                .sum();
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info(
                "Recomputed analytics of tenant {} for {}..{}: {} events in {} ms",
                tenant,
                range.from(),
                range.to(),
                events,
                millis);
        return new RecomputeReport(range.from(), range.to(), (int) range.days(), events, millis);
    }

    /** The first day whose events are all still kept. */
    LocalDate oldestRecomputable(TenantId tenant, LocalDate today) {
        int retention =
                tenants.settings(tenant).map(TenantSettings::retentionDays).orElse(0);
        return today.minusDays(retention);
    }
}
