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
import com.recomengine.shared.web.PageResponse;
import com.recomengine.tenants.Tenants;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant's rules, for the admin who owns it. A condition is compiled before anything is stored; a change
 * evicts the compiled rules everywhere once committed and tells the recommendations module its answers are stale.
 */
@Service
public class RuleService implements MerchandisingRules {

    public static final int MAX_RULES = 200;

    private final RuleStore store;
    private final Tenants tenants;
    private final Conditions conditions;
    private final RuleBook book;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    RuleService(
            RuleStore store,
            Tenants tenants,
            Conditions conditions,
            RuleBook book,
            ApplicationEventPublisher events,
            AuditLog audit) {
        this.audit = audit;
        this.store = store;
        this.tenants = tenants;
        this.conditions = conditions;
        this.book = book;
        this.events = events;
    }

    @Transactional
    @Override
    public RuleView create(AdminId admin, TenantId tenant, RuleDraft draft) {
        tenants.requireOwned(admin, tenant);
        conditions.compile("condition", draft.condition());
        if (store.countLocked(tenant) >= MAX_RULES) {
            throw Problems.invalid("rules", "a tenant has at most " + MAX_RULES + " rules; delete one first");
        }
        RuleView created = store.insert(tenant, draft);
        audit.record(tenant, "rule.created", "rule", created.id(), AuditLog.fieldsOf(created));
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
        tenants.requireOwned(admin, tenant);
        return store.find(tenant, id).orElseThrow(() -> Problems.notFound("Rule", id));
    }

    @Transactional
    @Override
    public RuleView replace(AdminId admin, TenantId tenant, UUID id, RuleDraft draft) {
        tenants.requireOwned(admin, tenant);
        conditions.compile("condition", draft.condition());
        RuleView before = store.find(tenant, id).orElseThrow(() -> Problems.notFound("Rule", id));
        if (!store.update(tenant, id, draft)) {
            throw Problems.notFound("Rule", id);
        }
        changed(tenant);
        RuleView after = store.find(tenant, id).orElseThrow();
        audit.record(tenant, "rule.updated", "rule", id, AuditLog.fieldsOf(before), AuditLog.fieldsOf(after));
        return after;
    }

    @Transactional
    @Override
    public void delete(AdminId admin, TenantId tenant, UUID id) {
        tenants.requireOwned(admin, tenant);
        RuleView before = store.find(tenant, id).orElseThrow(() -> Problems.notFound("Rule", id));
        if (!store.delete(tenant, id)) {
            throw Problems.notFound("Rule", id);
        }
        audit.record(tenant, "rule.deleted", "rule", id, AuditLog.fieldsOf(before), java.util.Map.of());
        changed(tenant);
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
