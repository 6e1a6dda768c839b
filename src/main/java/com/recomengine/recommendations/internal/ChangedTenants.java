package com.recomengine.recommendations.internal;

import com.recomengine.shared.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tenants whose interactions or catalog changed, gathered in memory and written to {@code reco_state} in one
 * statement every couple of seconds. Ingestion publishes one application event per batch, many a second for a busy
 * tenant: an update of the tenant's row for each would queue them all on one row lock, holding a pooled connection
 * each, for a fact ("changed since the last build") that only needs writing once per build.
 */
@Component
class ChangedTenants implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ChangedTenants.class);

    private final ModelStore store;
    private final Set<TenantId> pending = ConcurrentHashMap.newKeySet();

    ChangedTenants(ModelStore store) {
        this.store = store;
    }

    void mark(TenantId tenant) {
        pending.add(tenant);
    }

    @Scheduled(fixedDelayString = "${recomengine.recommendations.changes-flush:2s}")
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<TenantId> tenants = new ArrayList<>(pending);
        pending.removeAll(tenants);
        try {
            store.markChanged(tenants);
        } catch (RuntimeException e) {
            pending.addAll(tenants);
            log.warn("Could not record {} tenants as changed; retrying: {}", tenants.size(), e.toString());
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
