package com.recomengine.tenants.internal;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.recomengine.platform.AfterCommit;
import com.recomengine.platform.ChangeSweep;
import com.recomengine.platform.ClusterMessages;
import com.recomengine.platform.DatabaseCircuit;
import com.recomengine.tenants.TenantSettings;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The tenants' settings, cached: re-read in the background every five minutes while in use (no request waits for
 * it), read again before use after ten minutes idle, and forgotten on every instance once a change commits. A lost
 * message is made good by every instance's sweep of the tenants changed lately ({@code settings-sweep}, 10 s): one
 * query a sweep however many tenants are in use. While PostgreSQL is unreachable the last known settings are used.
 */
@Component
class TenantSettingsCache {

    private static final String SETTINGS_CHANGED = "tenants.settings-changed";

    private final LoadingCache<UUID, Optional<TenantSettings>> settings;
    private final ClusterMessages channel;
    private final ChangeSweep changes;

    TenantSettingsCache(
            TenantRepository tenants, DatabaseCircuit database, ClusterMessages channel, JdbcTemplate jdbc) {
        this.channel = channel;
        this.changes = new ChangeSweep(
                "the tenants changed lately", "SELECT id::text FROM tenants WHERE updated_at >= ?", jdbc, database);
        this.settings = Caffeine.newBuilder()
                .maximumSize(100_000)
                .refreshAfterWrite(Duration.ofMinutes(5))
                .expireAfterWrite(Duration.ofMinutes(10))
                .build(database.<UUID, Optional<TenantSettings>>lastKnownWhileDown(
                        id -> tenants.findById(id).map(Tenant::settings))::apply);
        channel.onMessage(SETTINGS_CHANGED, ids -> ids.forEach(id -> settings.invalidate(UUID.fromString(id))));
    }

    /** Forgets the tenants changed lately, whether or not their change's message reached this instance. */
    @Scheduled(fixedDelayString = "${recomengine.tenants.settings-sweep:10s}")
    void forgetChanged() {
        changes.changed().forEach(id -> settings.invalidate(UUID.fromString(id)));
    }

    Optional<TenantSettings> get(UUID tenant) {
        return settings.get(tenant);
    }

    /** Forgets the tenant's settings now, and once the change has committed here and on every other instance. */
    void changed(UUID tenant) {
        settings.invalidate(tenant);
        AfterCommit.run(() -> {
            settings.invalidate(tenant);
            channel.send(SETTINGS_CHANGED, List.of(tenant.toString()));
        });
    }
}
