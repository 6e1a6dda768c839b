package com.recomengine.recommendations.internal;

import com.recomengine.platform.TenantScope;
import com.recomengine.shared.TenantId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tenants whose interactions or catalog changed, with the time of their latest change, gathered in memory and
 * written to {@code reco_state} in one statement every couple of seconds. Ingestion publishes one application
 * event per batch, many a second for a busy tenant: an update of the tenant's row for each would queue them all on
 * one row lock, holding a pooled connection each, for a fact ("changed since the last build") that needs writing
 * once per build. The time written is the change's, not the flush's, so a change that a build started after has
 * already read does not make the tenant due again.
 */
@Component
@RequiredArgsConstructor
class ChangedTenants implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ChangedTenants.class);

    private final ModelStore store;
    private final ConcurrentHashMap<TenantId, Instant> pending = new ConcurrentHashMap<>();

    void mark(TenantId tenant) {
        pending.merge(tenant, Instant.now(), (a, b) -> a.isAfter(b) ? a : b);
    }

    @Scheduled(fixedDelayString = "${recomengine.recommendations.changes-flush:2s}")
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Map<TenantId, Instant> changes = new HashMap<>();
        for (TenantId tenant : pending.keySet()) {
            Instant at = pending.remove(tenant);
            if (at != null) {
                changes.put(tenant, at);
            }
        }
        try {
            TenantScope.acrossTenants("marking the tenants whose data changed", () -> store.markChanged(changes));
        } catch (RuntimeException e) {
            changes.forEach((tenant, at) -> pending.merge(tenant, at, (a, b) -> a.isAfter(b) ? a : b));
            log.warn("Could not record {} tenants as changed; retrying: {}", changes.size(), e.toString());
        }
    }

    @Override
    public void destroy() {
        try {
            flush();
        } catch (RuntimeException e) {
            // shutting down: the next change or the periodic rebuild catches up
        }
    }
}
