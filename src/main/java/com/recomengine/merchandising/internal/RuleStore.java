package com.recomengine.merchandising.internal;

import com.recomengine.merchandising.RuleDraft;
import com.recomengine.merchandising.RuleView;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.web.Versioned;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The {@code merchandising_rules} table; every statement is scoped to the tenant. */
@Repository
@RequiredArgsConstructor
class RuleStore {

    private static final String COLUMNS = "id, name, placements, condition, action, factor, product_id, position,"
            + " max_slots, active_from, active_to, enabled, priority, created_at, updated_at, version";

    private static final String DRAFT_COLUMNS = "name, placements, condition, action, factor, product_id, position,"
            + " max_slots, active_from, active_to, enabled, priority";

    private static final RowMapper<RuleView> VIEW = RuleStore::view;

    private static final RowMapper<Versioned<RuleView>> VERSIONED =
            (rs, row) -> new Versioned<>(view(rs, row), rs.getLong("version"));

    private final JdbcTemplate jdbc;

    /** All the tenant's rules, in the order they apply: priority, then age. */
    List<RuleView> all(TenantId tenant) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM merchandising_rules WHERE tenant_id = ? ORDER BY priority, created_at, id",
                VIEW,
                tenant.value());
    }

    Optional<Versioned<RuleView>> find(TenantId tenant, UUID id) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM merchandising_rules WHERE tenant_id = ? AND id = ?",
                        VERSIONED,
                        tenant.value(),
                        id)
                .stream()
                .findFirst();
    }

    /** Holds the tenant's row until the transaction ends, so that concurrent creations count one after another. */
    int countLocked(TenantId tenant) {
        jdbc.queryForList("SELECT id FROM tenants WHERE id = ? FOR UPDATE", tenant.value());
        Integer count = jdbc.queryForObject(
                "SELECT count(*) FROM merchandising_rules WHERE tenant_id = ?", Integer.class, tenant.value());
        return count == null ? 0 : count;
    }

    Versioned<RuleView> insert(TenantId tenant, RuleDraft draft) {
        UUID id = UUID.randomUUID();
        Instant now = now();
        List<Object> values = new ArrayList<>(List.of(id, tenant.value()));
        values.addAll(values(draft));
        values.add(Timestamp.from(now));
        values.add(Timestamp.from(now));
        jdbc.update(
                "INSERT INTO merchandising_rules (id, tenant_id, " + DRAFT_COLUMNS + ", created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values.toArray());
        return find(tenant, id).orElseThrow();
    }

    /** Rewrites the rule, only while it is still at {@code expectedVersion} when that is given. */
    boolean update(TenantId tenant, UUID id, RuleDraft draft, @Nullable Long expectedVersion) {
        List<Object> values = values(draft);
        values.addAll(List.of(Timestamp.from(now()), tenant.value(), id));
        String set = String.join(" = ?, ", DRAFT_COLUMNS.split(", ")) + " = ?";
        return jdbc.update(
                        "UPDATE merchandising_rules SET " + set + ", updated_at = ?, version = version + 1"
                                + " WHERE tenant_id = ? AND id = ?" + versionGuard(values, expectedVersion),
                        values.toArray())
                == 1;
    }

    /** The condition (and its value) that keeps a write to a row still at the expected version, if one is given. */
    private static String versionGuard(List<Object> values, @Nullable Long expectedVersion) {
        if (expectedVersion == null) {
            return "";
        }
        values.add(expectedVersion);
        return " AND version = ?";
    }

    /** The draft's values in the order of {@link #DRAFT_COLUMNS}. */
    private static List<Object> values(RuleDraft draft) {
        return new ArrayList<>(Arrays.asList(
                draft.name(),
                String.join(",", draft.placements()),
                draft.condition(),
                draft.action().wireName(),
                draft.factor(),
                draft.productId(),
                draft.position(),
                draft.maxSlots(),
                timestamp(draft.activeFrom()),
                timestamp(draft.activeTo()),
                draft.enabled(),
                draft.priority()));
    }

    boolean delete(TenantId tenant, UUID id, @Nullable Long expectedVersion) {
        List<Object> values = new ArrayList<>(List.of(tenant.value(), id));
        String guard = versionGuard(values, expectedVersion);
        return jdbc.update("DELETE FROM merchandising_rules WHERE tenant_id = ? AND id = ?" + guard, values.toArray())
                == 1;
    }

    void purge(TenantId tenant) {
        jdbc.update("DELETE FROM merchandising_rules WHERE tenant_id = ?", tenant.value());
    }

    private static RuleView view(ResultSet rs, int row) throws SQLException {
        String placements = rs.getString("placements");
        return new RuleView(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                placements.isEmpty() ? List.of() : Arrays.asList(placements.split(",")),
                rs.getString("condition"),
                rs.getString("action"),
                rs.getObject("factor", Double.class),
                rs.getString("product_id"),
                rs.getObject("position", Integer.class),
                rs.getObject("max_slots", Integer.class),
                instant(rs.getTimestamp("active_from")),
                instant(rs.getTimestamp("active_to")),
                rs.getBoolean("enabled"),
                rs.getInt("priority"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
