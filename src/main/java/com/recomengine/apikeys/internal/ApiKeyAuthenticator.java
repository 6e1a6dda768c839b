package com.recomengine.apikeys.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.recomengine.platform.AfterCommit;
import com.recomengine.platform.ApiKeyVerifier;
import com.recomengine.platform.ChangeSweep;
import com.recomengine.platform.ClusterMessages;
import com.recomengine.platform.DatabaseCircuit;
import com.recomengine.platform.TenantScope;
import com.recomengine.platform.VerifiedKey;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.security.ApiKeyPrincipal;
import com.recomengine.tenants.TenantSettings;
import com.recomengine.tenants.Tenants;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Verifies keys on the hot path: format and checksum first (no lookup for junk), then the HMAC looked up in a
 * cache: a key in use is re-read in the background every five minutes (the request never waits for it), a key idle
 * for ten minutes is read again before it is trusted. A revocation is sent to every instance, which forgets the key
 * at once; should that message be lost (Redis unreachable), every instance's sweep of the keys revoked lately
 * ({@code revocation-sweep}, 10 s) catches it — one query a sweep however many keys are in use.
 * Warm keys, including those of tenants asked once in a while, cost no query. While PostgreSQL is unreachable (when
 * nothing can be revoked) a key's last known state is used, so that ingestion can spool and cached answers be served.
 */
@Component
class ApiKeyAuthenticator implements ApiKeyVerifier {

    private static final String REVOKED = "apikeys.revoked";

    private final KeyHasher hasher;
    private final ClusterMessages channel;
    private final Tenants tenants;
    private final LastUsedRecorder lastUsed;
    private final ApiKeyProperties properties;
    private final LoadingCache<String, Optional<ApiKeyPrincipal>> byHash;
    private final ChangeSweep revocations;
    // The HMAC of a well-formed key never changes; remembering it spares a MAC per request for warm keys.
    private final Cache<String, String> hashes = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    // Hashes no key has (never issued, or revoked: keys do not come back): answered without a lookup for a while.
    private final Cache<String, Boolean> unknown = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofMinutes(5))
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
            DatabaseCircuit database,
            ClusterMessages channel,
            JdbcTemplate jdbc) {
        this.channel = channel;
        this.hasher = hasher;
        this.tenants = tenants;
        this.lastUsed = lastUsed;
        this.properties = properties;
        this.byHash = Caffeine.newBuilder()
                .maximumSize(100_000)
                .refreshAfterWrite(Duration.ofMinutes(5))
                .expireAfterWrite(Duration.ofMinutes(10))
                // The one lookup of a key across tenants: by its hash, before anyone knows the tenant.
                .build(
                        database.<String, Optional<ApiKeyPrincipal>>lastKnownWhileDown(hash ->
                                TenantScope.acrossTenants(
                                        "API key verification by hash",
                                        () -> keys.findByKeyHash(hash)
                                                .filter(k -> !k.revoked())
                                                .map(ApiKeyAuthenticator::principal)))::apply);
        this.revocations = new ChangeSweep(
                "the keys revoked lately", "SELECT key_hash FROM api_keys WHERE revoked_at >= ?", jdbc, database);
        channel.onMessage(REVOKED, hashes -> hashes.forEach(this::forget));
    }

    /** Forgets the keys revoked lately, whether or not their revocation's message reached this instance. */
    @Scheduled(fixedDelayString = "${recomengine.apikeys.revocation-sweep:10s}")
    void forgetRevoked() {
        revocations.changed().forEach(this::forget);
    }

    @Override
    public Optional<VerifiedKey> verify(String presentedKey) {
        if (!KeyFormat.wellFormed(presentedKey)) {
            return Optional.empty();
        }
        String hash = hashes.get(presentedKey, hasher::hash);
        if (unknown.getIfPresent(hash) != null) {
            return Optional.empty();
        }
        Optional<ApiKeyPrincipal> found = byHash.get(hash);
        if (found.isEmpty()) {
            unknown.put(hash, Boolean.TRUE);
        }
        return found.flatMap(principal -> tenants.settings(principal.tenantId()).map(settings -> {
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

    /** Once the revocation has committed: every instance forgets the key (its next use is looked up again). */
    void revoked(String keyHash) {
        AfterCommit.run(() -> {
            forget(keyHash);
            channel.send(REVOKED, List.of(keyHash));
        });
    }

    void forget(String keyHash) {
        byHash.invalidate(keyHash);
        verified.invalidate(keyHash);
    }

    private VerifiedKey verified(ApiKeyPrincipal principal, TenantSettings settings) {
        long reads = settings.readsPerMinute() != null
                ? Math.min(settings.readsPerMinute(), properties.maxReadsPerMinute())
                : properties.readsPerMinute();
        long writes = settings.writesPerMinute() != null
                ? Math.min(settings.writesPerMinute(), properties.maxWritesPerMinute())
                : properties.writesPerMinute();
        return new VerifiedKey(principal, settings.active(), Set.copyOf(settings.allowedOrigins()), reads, writes);
    }

    private static ApiKeyPrincipal principal(ApiKey key) {
        return new ApiKeyPrincipal(
                new TenantId(key.tenantId()), key.id(), key.displayPrefix(), key.type(), key.permission());
    }
}
