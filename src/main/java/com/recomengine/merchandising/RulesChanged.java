package com.recomengine.merchandising;

import com.recomengine.shared.TenantId;

/** A tenant's rules changed (created, replaced, deleted): answers computed with the old ones are stale. */
public record RulesChanged(TenantId tenantId) {}
