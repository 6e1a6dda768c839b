package com.recomengine.shared.security;

import com.recomengine.shared.AdminId;
import java.time.Instant;

/** An admin authenticated by an access token; {@code tokenId} is the token's {@code jti}. */
public record AdminPrincipal(AdminId adminId, String email, String tokenId, Instant expiresAt)
        implements AdminIdentity {

    @Override
    public AdminId id() {
        return adminId;
    }
}
