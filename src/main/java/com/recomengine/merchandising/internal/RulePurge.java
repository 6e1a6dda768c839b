package com.recomengine.merchandising.internal;

import com.recomengine.platform.AfterCommit;
import com.recomengine.tenants.TenantPurgeDue;
import lombok.RequiredArgsConstructor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A purged tenant's rules go with it. Idempotent, as outbox listeners must be. */
@Component
@RequiredArgsConstructor
class RulePurge {

    private final RuleStore store;
    private final RuleBook book;

    @ApplicationModuleListener
    void on(TenantPurgeDue event) {
        store.purge(event.tenantId());
        // Once the delete is committed: a read before it would cache the rules again.
        AfterCommit.run(() -> book.changed(event.tenantId()));
    }
}
