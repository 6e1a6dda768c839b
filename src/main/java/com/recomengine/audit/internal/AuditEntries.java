package com.recomengine.audit.internal;

import com.recomengine.audit.AuditEntry;
import com.recomengine.audit.AuditEntry.Change;
import com.recomengine.audit.AuditTrail;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a tenant's audit log newest first, a page at a time: the cursor is the last entry's id. */
@Repository
@RequiredArgsConstructor
class AuditEntries implements AuditTrail {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    @Override
    public Page read(Query query) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_entries WHERE tenant_id = ?");
        List<Object> params = new ArrayList<>(List.of(query.tenant().value()));
        if (query.from() != null) {
            sql.append(" AND at >= ?");
            params.add(Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND at < ?");
            params.add(Timestamp.from(query.to()));
        }
        if (query.actor() != null) {
            UUID id = uuid(query.actor());
            if (id != null) {
                sql.append(" AND actor_id = ?");
                params.add(id);
            } else {
                sql.append(" AND lower(actor_email) = lower(?)");
                params.add(query.actor());
            }
        }
        if (query.action() != null) {
            // "key" matches key.created and key.revoked; "key.revoked" only itself.
            sql.append(" AND (action = ? OR action LIKE ?)");
            params.add(query.action());
            params.add(query.action().replace("%", "").replace("_", "\\_") + ".%");
        }
        if (query.before() != null) {
            sql.append(" AND id < ?");
            params.add(query.before());
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        params.add(query.size() + 1);
        List<AuditEntry> entries = jdbc.sql(sql.toString())
                .params(params)
                .query(AuditEntries::entry)
                .list();
        if (entries.size() <= query.size()) {
            return new Page(entries, null);
        }
        List<AuditEntry> page = entries.subList(0, query.size());
        return new Page(List.copyOf(page), String.valueOf(page.getLast().id()));
    }

    private static @Nullable UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        Map<String, Change> changes = new LinkedHashMap<>();
        JsonNode json = JSON.readTree(rs.getString("changes"));
        for (String field : json.propertyNames()) {
            JsonNode change = json.get(field);
            changes.put(field, new Change(value(change.get("before")), value(change.get("after"))));
        }
        return new AuditEntry(
                rs.getLong("id"),
                rs.getTimestamp("at").toInstant(),
                rs.getObject("actor_id", UUID.class),
                rs.getString("actor_email"),
                rs.getString("action"),
                rs.getString("target_type"),
                rs.getString("target_id"),
                changes,
                rs.getString("request_id"),
                rs.getString("ip"));
    }

    private static @Nullable Object value(@Nullable JsonNode node) {
        return node == null || node.isNull() ? null : JSON.treeToValue(node, Object.class);
    }
}
