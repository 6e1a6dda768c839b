package com.recomengine.demo.internal;

import com.recomengine.experiments.ExperimentDraft;
import com.recomengine.experiments.ExperimentLifecycle;
import com.recomengine.shared.AdminId;
import com.recomengine.shared.TenantId;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo tenant's finished A/B test: collaborative against trending on the home page, run from four weeks ago to
 * two days ago, so that the experiments page has results to show. It goes through the experiments module's own
 * lifecycle (create, start, complete); only its dates are then moved back, with one statement on the experiments
 * table, since the lifecycle stamps the present and the module has no call to run an experiment in the past (the
 * demo's widget traffic of those weeks carries its tags, {@link DemoTraffic}).
 */
@Component
@RequiredArgsConstructor
class DemoExperiment {

    /** The experiment's id and the days it ran, from the first to the last. */
    record Window(UUID id, LocalDate from, LocalDate to) {

        boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    static final String PLACEMENT = "home_top";
    static final String CONTROL = "collaborative";
    static final String VARIANT = "trending";

    private final ExperimentLifecycle experiments;
    private final JdbcTemplate jdbc;

    /** Creates the finished experiment when the tenant has none yet. */
    Optional<Window> ensure(AdminId admin, TenantId tenant) {
        if (!experiments.experimentsOf(admin, tenant).isEmpty()) {
            return Optional.empty();
        }
        UUID id = experiments.create(
                admin,
                tenant,
                new ExperimentDraft(
                        "Home page: collaborative vs trending",
                        PLACEMENT,
                        CONTROL,
                        VARIANT,
                        50,
                        "ctr",
                        "conversion_rate",
                        true));
        experiments.take(admin, tenant, id, ExperimentLifecycle.Step.START);
        experiments.take(admin, tenant, id, ExperimentLifecycle.Step.COMPLETE);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Window window = new Window(id, today.minusDays(28), today.minusDays(2));
        Instant started = window.from().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant completed = window.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        jdbc.update(
                "UPDATE experiments SET created_at = ?, started_at = ?, updated_at = ?, completed_at = ? "
                        + "WHERE id = ? AND tenant_id = ?",
                Timestamp.from(started.minus(Duration.ofHours(1))),
                Timestamp.from(started),
                Timestamp.from(completed),
                Timestamp.from(completed),
                id,
                tenant.value());
        return Optional.of(window);
    }
}
