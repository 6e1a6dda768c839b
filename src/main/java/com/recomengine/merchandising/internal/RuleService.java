package com.recomengine.merchandising.internal;

import com.recomengine.audit.AuditLog;
import com.recomengine.merchandising.MerchandisingRules;
import com.recomengine.merchandising.RuleDraft;
import com.recomengine.merchandising.RuleView;
import com.recomengine.merchandising.RulesChanged;
import com.recomengine.platform.AfterCommit;
import com.recomengine.shared.AdminId;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.Problems;
import com.recomengine.shared.web.IfMatch;
import com.recomengine.shared.web.PageResponse;
import com.recomengine.shared.web.Versioned;
import com.recomengine.tenants.Tenants;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant's rules, for the admin who owns it. A condition is compiled before anything is stored; a change
 * evicts the compiled rules everywhere once committed and tells the recommendations module its answers are stale.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RuleService implements MerchandisingRules {

    public static final int MAX_RULES = 200;

    private final RuleStore store;
    private final Tenants tenants;
    private final Conditions conditions;
    private final RuleBook book;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    @Transactional
    @Override
    public RuleView create(AdminId admin, TenantId tenant, RuleDraft draft) {
        return add(admin, tenant, draft).body();
    }

    /** Creates a rule; the answer carries the version it was stored at. */
    @Transactional
    public Versioned<RuleView> add(AdminId admin, TenantId tenant, RuleDraft draft) {
        tenants.requireOwned(admin, tenant);
        conditions.compile("condition", draft.condition());
        if (store.countLocked(tenant) >= MAX_RULES) {
            throw Problems.invalid("rules", "a tenant has at most " + MAX_RULES + " rules; delete one first");
        }
        Versioned<RuleView> created = store.insert(tenant, draft);
        audit.record(tenant, "rule.created", "rule", created.body().id(), AuditLog.fieldsOf(created.body()));
        changed(tenant);
        return created;
    }

    @Transactional(readOnly = true)
    public PageResponse<RuleView> list(AdminId admin, TenantId tenant) {
        tenants.requireOwned(admin, tenant);
        return PageResponse.ofAll(store.all(tenant));
    }

    @Transactional(readOnly = true)
    @Override
    public List<RuleView> all(AdminId admin, TenantId tenant) {
        tenants.requireOwned(admin, tenant);
        return store.all(tenant);
    }

    @Transactional(readOnly = true)
    @Override
    public RuleView get(AdminId admin, TenantId tenant, UUID id) {
        return read(admin, tenant, id).body();
    }

    @Transactional(readOnly = true)
    public Versioned<RuleView> read(AdminId admin, TenantId tenant, UUID id) {
        tenants.requireOwned(admin, tenant);
        return stored(tenant, id);
    }

    @Transactional
    @Override
    public RuleView replace(AdminId admin, TenantId tenant, UUID id, RuleDraft draft) {
        return replace(admin, tenant, id, draft, IfMatch.NONE).body();
    }

    /**
     * Replaces the rule if it is still at a version {@code ifMatch} accepts: checked against the version read, and
     * the write is guarded by that version, so a change in between ends in 412 as well.
     */
    @Transactional
    public Versioned<RuleView> replace(AdminId admin, TenantId tenant, UUID id, RuleDraft draft, IfMatch ifMatch) {
        tenants.requireOwned(admin, tenant);
        conditions.compile("condition", draft.condition());
        Versioned<RuleView> before = stored(tenant, id);
        ifMatch.require(before.version());
        if (!store.update(tenant, id, draft, expected(before, ifMatch))) {
            throw changedMeanwhile(tenant, id);
        }
        changed(tenant);
        Versioned<RuleView> after = store.find(tenant, id).orElseThrow();
        audit.record(
                tenant, "rule.updated", "rule", id, AuditLog.fieldsOf(before.body()), AuditLog.fieldsOf(after.body()));
        return after;
    }

    @Transactional
    @Override
    public void delete(AdminId admin, TenantId tenant, UUID id) {
        delete(admin, tenant, id, IfMatch.NONE);
    }

    /** Deletes the rule if it is still at a version {@code ifMatch} accepts, guarded like {@link #replace}. */
    @Transactional
    public void delete(AdminId admin, TenantId tenant, UUID id, IfMatch ifMatch) {
        tenants.requireOwned(admin, tenant);
        Versioned<RuleView> before = stored(tenant, id);
        ifMatch.require(before.version());
        if (!store.delete(tenant, id, expected(before, ifMatch))) {
            throw changedMeanwhile(tenant, id);
        }
        audit.record(tenant, "rule.deleted", "rule", id, AuditLog.fieldsOf(before.body()), java.util.Map.of());
        changed(tenant);
    }

    private Versioned<RuleView> stored(TenantId tenant, UUID id) {
        return store.find(tenant, id).orElseThrow(() -> Problems.notFound("Rule", id));
    }

    /** The version a write must still find: the one {@code If-Match} was checked against, when it was sent. */
    private static @Nullable Long expected(Versioned<RuleView> before, IfMatch ifMatch) {
        return ifMatch.present() ? before.version() : null;
    }

    /** A guarded write found no row: another request changed the rule (412) or deleted it (404) since it was read. */
    private RuntimeException changedMeanwhile(TenantId tenant, UUID id) {
        return store.find(tenant, id)
                .<RuntimeException>map(now -> Problems.preconditionFailed(now.etag()))
                .orElseGet(() -> Problems.notFound("Rule", id));
    }

    /** Checks a condition as the rule form is typed; a 400 problem on {@code condition} when it is wrong. */
    @Override
    public void check(AdminId admin, TenantId tenant, String condition) {
        tenants.requireOwned(admin, tenant);
        conditions.compile("condition", condition);
    }

    private void changed(TenantId tenant) {
        events.publishEvent(new RulesChanged(tenant));
        AfterCommit.run(() -> book.changed(tenant));
    }
}
