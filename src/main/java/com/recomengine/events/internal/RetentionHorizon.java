package com.recomengine.events.internal;

import com.recomengine.platform.DatabaseCircuit;
import com.recomengine.platform.TenantScope;
import com.recomengine.shared.TenantId;
import com.recomengine.tenants.TenantConfigChanged;
import com.recomengine.tenants.TenantPurgeDue;
import com.recomengine.tenants.Tenants;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * How long partitions must be kept: the longest retention of any tenant (never less than the default). Partitions
 * are shared by all tenants, so a month is dropped only when no tenant may still want it. Tenants whose retention
 * differs from the default are remembered in {@code event_retention}, seen when they send events and when their
 * configuration changes.
 */
@Component
class RetentionHorizon {

    private final JdbcTemplate jdbc;
    private final Tenants tenants;
    private final int defaultDays;
    private final DatabaseCircuit database;
    private final Map<UUID, Integer> recorded = new ConcurrentHashMap<>();

    RetentionHorizon(JdbcTemplate jdbc, Tenants tenants, EventsProperties properties, DatabaseCircuit database) {
        this.database = database;
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.defaultDays = properties.retentionDays();
    }

    int days() {
        Integer longest = TenantScope.acrossTenants(
                "the longest retention of any tenant",
                () -> jdbc.queryForObject("SELECT max(retention_days) FROM event_retention", Integer.class));
        return longest == null ? defaultDays : Math.max(defaultDays, longest);
    }

    /** Notes a tenant's retention as seen on an ingestion; a query only when it differs from the last one noted. */
    void observe(TenantId tenant, int days) {
        Integer previous = recorded.put(tenant.value(), days);
        if (previous == null || previous != days) {
            // PostgreSQL unreachable: noted on a later ingestion instead, while this one's events spool.
            if (database.isOpen()) {
                recorded.remove(tenant.value(), days);
                return;
            }
            try {
                record(tenant, days);
            } catch (RuntimeException e) {
                recorded.remove(tenant.value(), days);
                if (!database.markUnreachable(e)) {
                    throw e;
                }
            }
        }
    }

    @ApplicationModuleListener
    void on(TenantConfigChanged changed) {
        tenants.settings(changed.tenantId()).ifPresent(settings -> {
            recorded.put(changed.tenantId().value(), settings.retentionDays());
            record(changed.tenantId(), settings.retentionDays());
        });
    }

    @ApplicationModuleListener
    void on(TenantPurgeDue purge) {
        recorded.remove(purge.tenantId().value());
        jdbc.update(
                "DELETE FROM event_retention WHERE tenant_id = ?",
                purge.tenantId().value());
    }

    private void record(TenantId tenant, int days) {
        if (days == defaultDays) {
            jdbc.update("DELETE FROM event_retention WHERE tenant_id = ?", tenant.value());
        } else {
            jdbc.update("""
                    INSERT INTO event_retention (tenant_id, retention_days) VALUES (?, ?)
                    ON CONFLICT (tenant_id) DO UPDATE SET retention_days = excluded.retention_days, updated_at = now()
                    """, tenant.value(), days);
        }
    }
}
