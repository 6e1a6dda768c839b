package com.recomengine.teams.internal;

import com.recomengine.shared.TenantId;
import com.recomengine.shared.security.TeamRole;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code tenant_members} table. */
@Repository
@RequiredArgsConstructor
class Members {

    private static final String COLUMNS = "id, tenant_id, admin_id, role, joined_at";

    private final JdbcClient jdbc;

    Optional<TeamRole> roleOf(UUID admin, UUID tenant) {
        return jdbc.sql("SELECT role FROM tenant_members WHERE admin_id = ? AND tenant_id = ?")
                .params(admin, tenant)
                .query((rs, n) -> TeamRole.valueOf(rs.getString(1)))
                .optional();
    }

    Map<TenantId, TeamRole> tenantsOf(UUID admin) {
        Map<TenantId, TeamRole> tenants = new LinkedHashMap<>();
        jdbc.sql("SELECT tenant_id, role FROM tenant_members WHERE admin_id = ? ORDER BY joined_at")
                .param(admin)
                .query(rs -> {
                    tenants.put(new TenantId(rs.getObject(1, UUID.class)), TeamRole.valueOf(rs.getString(2)));
                });
        return tenants;
    }

    List<Member> of(UUID tenant) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tenant_members WHERE tenant_id = ? ORDER BY joined_at, id")
                .param(tenant)
                .query(Members::member)
                .list();
    }

    Optional<Member> find(UUID tenant, UUID memberId) {
        return one("tenant_id = ? AND id = ?", tenant, memberId);
    }

    /** The admin's membership, its row locked until the transaction ends. */
    Optional<Member> lockByAdmin(UUID tenant, UUID admin) {
        return one("tenant_id = ? AND admin_id = ? FOR UPDATE", tenant, admin);
    }

    /** The member, its row locked until the transaction ends. */
    Optional<Member> lock(UUID tenant, UUID memberId) {
        return one("tenant_id = ? AND id = ? FOR UPDATE", tenant, memberId);
    }

    private Optional<Member> one(String condition, Object... params) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tenant_members WHERE " + condition)
                .params(params)
                .query(Members::member)
                .optional();
    }

    /** How many owners the tenant has, their rows locked so that two demotions cannot both pass. */
    int lockOwners(UUID tenant) {
        return jdbc.sql("SELECT id FROM tenant_members WHERE tenant_id = ? AND role = 'OWNER' FOR UPDATE")
                .param(tenant)
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list()
                .size();
    }

    Member add(UUID tenant, UUID admin, TeamRole role) {
        Member member = new Member(UUID.randomUUID(), tenant, admin, role, Instant.now());
        jdbc.sql("INSERT INTO tenant_members (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)")
                .params(member.id(), tenant, admin, role.name(), java.sql.Timestamp.from(member.joinedAt()))
                .update();
        return member;
    }

    void changeRole(UUID memberId, TeamRole role) {
        jdbc.sql("UPDATE tenant_members SET role = ? WHERE id = ?")
                .params(role.name(), memberId)
                .update();
    }

    void remove(UUID memberId) {
        jdbc.sql("DELETE FROM tenant_members WHERE id = ?").param(memberId).update();
    }

    private static Member member(ResultSet rs, int row) throws SQLException {
        return new Member(
                rs.getObject("id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getObject("admin_id", UUID.class),
                TeamRole.valueOf(rs.getString("role")),
                rs.getTimestamp("joined_at").toInstant());
    }
}
