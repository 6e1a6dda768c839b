package com.recomengine.audit.internal;

import com.recomengine.platform.TenantScope;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily, on one instance: entries older than a year go. It is the one removal the table's trigger lets through,
 * and only for such entries.
 */
@Component
@RequiredArgsConstructor
class AuditPurgeJob {

    private static final Logger log = LoggerFactory.getLogger(AuditPurgeJob.class);

    private final JdbcClient jdbc;

    @Scheduled(cron = "0 45 3 * * *", zone = "UTC")
    @SchedulerLock(name = "audit-purge")
    public int purge() {
        int purged = TenantScope.acrossTenants(
                "audit entries older than a year",
                () -> jdbc.sql("DELETE FROM audit_entries WHERE at < now() - INTERVAL '1 year'")
                        .update());
        if (purged > 0) {
            log.info("Audit log: {} entries older than a year purged", purged);
        }
        return purged;
    }
}
