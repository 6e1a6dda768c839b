package com.recomengine.recommendations.internal;

import com.recomengine.platform.TenantScope;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Renews the leases of the builds running here, every third of the lease, in one statement. When PostgreSQL cannot
 * be reached the leases simply run out and another instance takes the tenants over; the build here then fails to
 * store its generation, which the lease token refuses.
 */
@Component
class LeaseHeartbeat implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LeaseHeartbeat.class);

    private final BuildQueue queue;
    private final Set<UUID> held = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("build-lease-heartbeat").factory());

    LeaseHeartbeat(BuildQueue queue, RecommendationsProperties properties) {
        this.queue = queue;
        long every = Math.max(50, properties.builds().lease().toMillis() / 3);
        timer.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    void hold(BuildLease lease) {
        held.add(lease.token());
    }

    void drop(BuildLease lease) {
        held.remove(lease.token());
    }

    private void renew() {
        Set<UUID> renewing = Set.copyOf(held);
        if (renewing.isEmpty()) {
            return;
        }
        try {
            List<UUID> renewed =
                    TenantScope.acrossTenants("renewing the build leases held here", () -> queue.renew(renewing));
            Set<UUID> lost = new HashSet<>(renewing);
            renewed.forEach(lost::remove);
            if (!lost.isEmpty()) {
                held.removeAll(lost);
                log.warn("Lost {} model build lease(s): another instance may build those tenants now", lost.size());
            }
        } catch (RuntimeException e) {
            log.warn("Could not renew model build leases: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
