package com.recomengine.platform;

import com.recomengine.shared.security.ApiKeyPrincipal;
import java.util.Set;

/** A key that exists and is not revoked, with what the edge needs to admit its request. */
public record VerifiedKey(
        ApiKeyPrincipal principal,
        boolean tenantActive,
        Set<String> allowedOrigins,
        long readsPerMinute,
        long writesPerMinute) {}
