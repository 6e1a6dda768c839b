package com.recomengine.apikeys.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.recomengine.platform.ApiKeyVerifier;
import com.recomengine.platform.DatabaseCircuit;
import com.recomengine.platform.VerifiedKey;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.security.ApiKeyPrincipal;
import com.recomengine.tenants.TenantSettings;
import com.recomengine.tenants.Tenants;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Verifies keys on the hot path: format and checksum first (no lookup for junk), then the HMAC looked up in a
 * cache that is refreshed in the background every 400 ms and never trusted past one second. Warm keys cost no
 * query; a revocation on any instance is seen everywhere within a second. While PostgreSQL is unreachable (when
 * nothing can be revoked) a key's last known state is used, so that ingestion can spool and cached answers be served.
 */
@Component
class ApiKeyAuthenticator implements ApiKeyVerifier {

    private final KeyHasher hasher;
    private final Tenants tenants;
    private final LastUsedRecorder lastUsed;
    private final ApiKeyProperties properties;
    private final LoadingCache<String, Optional<ApiKeyPrincipal>> byHash;
    // The HMAC of a well-formed key never changes; remembering it spares a MAC per request for warm keys.
    private final Cache<String, String> hashes = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    // The last answer per key: rebuilt only when the principal or the tenant's settings were reloaded.
    private final Cache<String, Verified> verified = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    ApiKeyAuthenticator(
            KeyHasher hasher,
            ApiKeyRepository keys,
            Tenants tenants,
            LastUsedRecorder lastUsed,
            ApiKeyProperties properties,
            DatabaseCircuit database) {
        this.hasher = hasher;
        this.tenants = tenants;
        this.lastUsed = lastUsed;
        this.properties = properties;
        this.byHash = Caffeine.newBuilder()
                .maximumSize(100_000)
                .refreshAfterWrite(Duration.ofMillis(400))
                .expireAfterWrite(Duration.ofSeconds(1))
                .build(database.<String, Optional<ApiKeyPrincipal>>lastKnownWhileDown(hash ->
                        keys.findByKeyHash(hash).filter(k -> !k.revoked()).map(ApiKeyAuthenticator::principal))::apply);
    }

    @Override
    public Optional<VerifiedKey> verify(String presentedKey) {
        if (!KeyFormat.wellFormed(presentedKey)) {
            return Optional.empty();
        }
        String hash = hashes.get(presentedKey, hasher::hash);
        return byHash.get(hash)
                .flatMap(principal -> tenants.settings(principal.tenantId()).map(settings -> {
                    lastUsed.touch(principal.keyId());
                    Verified last = verified.getIfPresent(hash);
                    if (last != null && last.principal() == principal && last.settings() == settings) {
                        return last.key();
                    }
                    VerifiedKey key = verified(principal, settings);
                    verified.put(hash, new Verified(principal, settings, key));
                    return key;
                }));
    }

    /** The answer for a key hash, valid while the cached principal and tenant settings are the same objects. */
    private record Verified(ApiKeyPrincipal principal, TenantSettings settings, VerifiedKey key) {}

    void forget(String keyHash) {
        byHash.invalidate(keyHash);
    }

    void forgetAll() {
        byHash.invalidateAll();
    }

    private VerifiedKey verified(ApiKeyPrincipal principal, TenantSettings settings) {
        long reads = settings.readsPerMinute() != null ? settings.readsPerMinute() : properties.readsPerMinute();
        long writes = settings.writesPerMinute() != null ? settings.writesPerMinute() : properties.writesPerMinute();
        return new VerifiedKey(principal, settings.active(), Set.copyOf(settings.allowedOrigins()), reads, writes);
    }

    private static ApiKeyPrincipal principal(ApiKey key) {
        return new ApiKeyPrincipal(
                new TenantId(key.tenantId()), key.id(), key.displayPrefix(), key.type(), key.permission());
    }
}
