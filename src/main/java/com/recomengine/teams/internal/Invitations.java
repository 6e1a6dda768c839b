package com.recomengine.teams.internal;

import com.recomengine.shared.security.TeamRole;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code team_invitations} table. */
@Repository
@RequiredArgsConstructor
class Invitations {

    private static final String COLUMNS =
            "id, tenant_id, email, role, invited_by, created_at, expires_at, accepted_at, revoked_at";

    private final JdbcClient jdbc;

    Invitation add(UUID tenant, String email, TeamRole role, UUID by, String tokenHash, Instant expiresAt) {
        Instant now = Instant.now();
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO team_invitations (" + COLUMNS
                        + ", token_hash) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?)")
                .params(id, tenant, email, role.name(), by, Timestamp.from(now), Timestamp.from(expiresAt), tokenHash)
                .update();
        return new Invitation(id, tenant, email, role, by, now, expiresAt, null, null);
    }

    /** Revokes the pending invitation of this email, if any: a new one replaces it. */
    void replacePending(UUID tenant, String email) {
        jdbc.sql("UPDATE team_invitations SET revoked_at = now() WHERE tenant_id = ? AND email = ?"
                        + " AND accepted_at IS NULL AND revoked_at IS NULL")
                .params(tenant, email)
                .update();
    }

    List<Invitation> pending(UUID tenant) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM team_invitations WHERE tenant_id = ? AND accepted_at IS NULL"
                        + " AND revoked_at IS NULL AND expires_at > now() ORDER BY created_at DESC")
                .param(tenant)
                .query(Invitations::invitation)
                .list();
    }

    Optional<Invitation> find(UUID tenant, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM team_invitations WHERE tenant_id = ? AND id = ?")
                .params(tenant, id)
                .query(Invitations::invitation)
                .optional();
    }

    /** The invitation with this token hash, locked so that it is accepted once. */
    Optional<Invitation> lockByTokenHash(String tokenHash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM team_invitations WHERE token_hash = ? FOR UPDATE")
                .param(tokenHash)
                .query(Invitations::invitation)
                .optional();
    }

    void revoke(UUID id) {
        jdbc.sql("UPDATE team_invitations SET revoked_at = now() WHERE id = ? AND revoked_at IS NULL")
                .param(id)
                .update();
    }

    void accepted(UUID id, UUID by) {
        jdbc.sql("UPDATE team_invitations SET accepted_at = now(), accepted_by = ? WHERE id = ?")
                .params(by, id)
                .update();
    }

    private static Invitation invitation(ResultSet rs, int row) throws SQLException {
        Timestamp accepted = rs.getTimestamp("accepted_at");
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new Invitation(
                rs.getObject("id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getString("email"),
                TeamRole.valueOf(rs.getString("role")),
                rs.getObject("invited_by", UUID.class),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                accepted == null ? null : accepted.toInstant(),
                revoked == null ? null : revoked.toInstant());
    }
}
