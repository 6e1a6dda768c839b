package com.recomengine.support;

import com.recomengine.shared.AdminId;
import com.recomengine.shared.TenantId;
import com.recomengine.tenants.Tenants;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a module test needs from modules it does not bootstrap: an admin account row (the identity module owns the
 * table; a module test only needs the row the tenants' foreign key points at) and a tenant made through the real
 * tenants facade.
 */
public final class ModuleFixtures {

    private ModuleFixtures() {}

    public static AdminId admin(JdbcTemplate jdbc) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "INSERT INTO admins (id, email, name, password_hash, created_at) VALUES (?, ?, 'Module test', 'x', ?)",
                id,
                "module-" + id + "@shop.test",
                Timestamp.from(Instant.now()));
        return new AdminId(id);
    }

    public static TenantId tenant(Tenants tenants, AdminId owner) {
        return tenants.create(
                owner, "Module test shop " + UUID.randomUUID().toString().substring(0, 8));
    }

    public static long rows(JdbcTemplate jdbc, String table, TenantId tenant) {
        Long count = jdbc.queryForObject(
                "SELECT count(*) FROM " + table + " WHERE tenant_id = ?", Long.class, tenant.value());
        return count == null ? 0 : count;
    }
}
