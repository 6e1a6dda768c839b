package com.recomengine.merchandising;

import com.recomengine.shared.TenantId;

/** The merchandising module as the recommendation pipeline sees it. */
public interface Merchandising {

    /**
     * The tenant's rules in force now for the placement and shopper of {@code context}: enabled, inside their
     * validity window, on that placement (or on every placement). Compiled once per rule change, so this is a
     * lookup; {@link PlacementRules#isEmpty()} when none applies.
     */
    PlacementRules rulesFor(TenantId tenant, RuleContext context);
}
