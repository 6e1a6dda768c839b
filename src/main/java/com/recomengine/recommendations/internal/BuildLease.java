package com.recomengine.recommendations.internal;

import com.recomengine.shared.TenantId;
import java.util.UUID;

/** A claim on one tenant's build: only the holder of {@code token} may store its generation. */
record BuildLease(TenantId tenant, UUID token) {}
