package com.recomengine.platform.internal.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The outbox's safety net: every minute, one instance (ShedLock, holding the lock the whole minute so the other
 * instances skip that minute) resubmits publications whose listener failed (marked so by the staleness monitor) or
 * that stayed incomplete for long, e.g. after a crash. Listeners are
 * idempotent, so a resubmission after an unnoticed success does no harm. The backlog is a gauge.
 */
@Component
class OutboxResubmission {

    private static final Duration MIN_AGE = Duration.ofMinutes(2);

    private final FailedEventPublications failed;
    private final IncompleteEventPublications incomplete;

    OutboxResubmission(
            FailedEventPublications failed,
            IncompleteEventPublications incomplete,
            JdbcTemplate jdbc,
            MeterRegistry meters) {
        this.failed = failed;
        this.incomplete = incomplete;
        Gauge.builder("recomengine.outbox.backlog", () -> backlog(jdbc))
                .description("event publications not yet completed")
                .register(meters);
    }

    @Scheduled(
            fixedDelayString = "${recomengine.platform.outbox-resubmit-every:PT1M}",
            initialDelayString = "${recomengine.platform.outbox-resubmit-every:PT1M}")
    @SchedulerLock(
            name = "outbox-resubmission",
            lockAtLeastFor = "${recomengine.platform.outbox-resubmit-every:PT1M}",
            lockAtMostFor = "PT5M")
    void resubmit() {
        ResubmissionOptions options =
                ResubmissionOptions.defaults().withMinAge(MIN_AGE).withBatchSize(500);
        failed.resubmit(options);
        incomplete.resubmitIncompletePublications(options);
    }

    private static double backlog(JdbcTemplate jdbc) {
        try {
            Long count = jdbc.queryForObject(
                    "SELECT count(*) FROM event_publication WHERE completion_date IS NULL", Long.class);
            return count == null ? 0 : count;
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
