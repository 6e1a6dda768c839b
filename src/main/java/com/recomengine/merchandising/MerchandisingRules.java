package com.recomengine.merchandising;

import com.recomengine.shared.AdminId;
import com.recomengine.shared.TenantId;
import java.util.List;
import java.util.UUID;

/**
 * A tenant's rules as its members manage them (the admin API and the dashboard). Every call checks that the admin
 * belongs to the tenant (a 404 problem otherwise); a wrong field, or a condition that does not type-check, is a 400
 * problem naming the field ({@code condition} messages start with {@code line L, column C:}) and stores nothing.
 */
public interface MerchandisingRules {

    /** The rules in the order they apply: priority, then age. */
    List<RuleView> all(AdminId admin, TenantId tenant);

    RuleView get(AdminId admin, TenantId tenant, UUID id);

    RuleView create(AdminId admin, TenantId tenant, RuleDraft draft);

    RuleView replace(AdminId admin, TenantId tenant, UUID id, RuleDraft draft);

    void delete(AdminId admin, TenantId tenant, UUID id);

    /** Type-checks a condition without storing anything, as a rule form is typed. */
    void check(AdminId admin, TenantId tenant, String condition);
}
