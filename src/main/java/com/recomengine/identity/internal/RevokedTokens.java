package com.recomengine.identity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.recomengine.platform.RedisLink;
import java.time.Duration;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Access token ids ({@code jti}) revoked before they expire, shared through Redis ({@code revoked-jti:<jti>} with
 * the token's remaining lifetime as TTL) and remembered locally too, so that revocation holds while Redis is down.
 */
@Component
@RequiredArgsConstructor
class RevokedTokens {

    private final RedisLink redis;
    private final Cache<String, Instant> local = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfter(Expiry.creating((String jti, Instant expiresAt) -> remaining(expiresAt)))
            .build();

    void revoke(String jti, Instant expiresAt) {
        Duration ttl = remaining(expiresAt);
        if (ttl.isZero()) {
            return;
        }
        local.put(jti, expiresAt);
        redis.run(r -> r.set(key(jti), "1", ttl));
    }

    boolean isRevoked(String jti) {
        if (local.getIfPresent(jti) != null) {
            return true;
        }
        return redis.call(r -> r.exists(key(jti)), () -> false);
    }

    private static String key(String jti) {
        return "revoked-jti:" + jti;
    }

    private static Duration remaining(Instant expiresAt) {
        Duration left = Duration.between(Instant.now(), expiresAt);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
