package com.recomengine.tenants.internal;

import com.recomengine.shared.TenantId;
import com.recomengine.tenants.TenantPurgeDue;
import com.recomengine.tenants.TenantStatus;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Daily, on one instance: deleted tenants past their 30-day grace get a {@link TenantPurgeDue} event (through the
 * outbox, so no module misses it) and their row keeps only the fact that it existed.
 */
@Component
@RequiredArgsConstructor
class TenantPurgeJob {

    private final TenantRepository tenants;
    private final ApplicationEventPublisher events;

    @Scheduled(cron = "0 30 3 * * *", zone = "UTC")
    @SchedulerLock(name = "tenant-purge")
    @Transactional
    public void purgeDue() {
        for (Tenant tenant : tenants.findByStatusAndPurgeAfterBefore(TenantStatus.DELETED, Instant.now())) {
            events.publishEvent(new TenantPurgeDue(new TenantId(tenant.id())));
            tenant.markPurged();
        }
    }
}
