package com.recomengine.apikeys;

import com.recomengine.shared.TenantId;
import java.util.UUID;

/** A key was revoked; it is refused on every instance within a second. */
public record ApiKeyRevoked(TenantId tenantId, UUID keyId) {}
