package com.recomengine.platform.internal.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs take a database lock (ShedLock) so that exactly one instance runs each. A lock is held at least
 * {@code jobs.lock-at-least-for} (30 s; the outbox resubmission its whole interval), so that an instance whose
 * clock fires a little later does not run the same tick again after a quick run, and at most the job's own
 * {@code lockAtMostFor} (10 minutes unless the job says), so that an instance dying mid-run stops the job no longer
 * than that. Each run is counted in {@code recomengine.jobs.runs{job}}.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(
        defaultLockAtMostFor = "${recomengine.platform.jobs.lock-at-most-for:PT10M}",
        defaultLockAtLeastFor = "${recomengine.platform.jobs.lock-at-least-for:PT30S}")
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource, MeterRegistry meters) {
        LockProvider locks = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
        return new CountedRuns(locks, meters);
    }

    /** Counts the runs of each job on this instance: a lock taken is a run. */
    record CountedRuns(LockProvider locks, MeterRegistry meters) implements LockProvider {

        @Override
        public Optional<SimpleLock> lock(LockConfiguration configuration) {
            Optional<SimpleLock> lock = locks.lock(configuration);
            if (lock.isPresent()) {
                Counter.builder("recomengine.jobs.runs")
                        .tag("job", configuration.getName())
                        .description("Runs of a scheduled job on this instance (one instance runs each tick)")
                        .register(meters)
                        .increment();
            }
            return lock;
        }
    }
}
