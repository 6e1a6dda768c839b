package com.recomengine.dashboard.internal;

import com.recomengine.apikeys.ApiKeys;
import com.recomengine.platform.TenantScope;
import com.recomengine.shared.AdminId;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.security.KeyPermission;
import com.recomengine.shared.security.KeyType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * Publishable keys for the widget preview, which draws with the real SDK and so needs one: keys are kept only as
 * hashes, so the dashboard cannot borrow the merchant's. One key per tenant and dashboard session, named
 * {@value #NAME}, issued on the first preview and revoked when the session ends: at logout (this is a logout
 * handler of the browser chain), when the password changes, and otherwise by a sweep once the shared session row is
 * gone or expired (any instance may end a session, none is told).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PreviewKeys implements LogoutHandler {

    public static final String NAME = "Dashboard preview";
    private static final Logger log = LoggerFactory.getLogger(PreviewKeys.class);
    private static final String ATTRIBUTE = PreviewKeys.class.getName();
    private static final RowMapper<Issued> ISSUED = (row, n) -> new Issued(
            row.getObject("admin_id", UUID.class),
            row.getObject("tenant_id", UUID.class),
            row.getObject("key_id", UUID.class),
            "");

    private final ApiKeys keys;
    private final JdbcTemplate jdbc;

    /** A previewing key of a tenant, revoked at the end of the session. */
    record Issued(UUID adminId, UUID tenantId, UUID keyId, String key) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** The session's publishable key for the tenant (which the admin must own), issued on first use. */
    public String keyFor(DashboardAdmin admin, TenantId tenant, HttpSession session) {
        HashMap<UUID, Issued> issued = issued(session);
        Issued kept = issued.get(tenant.value());
        if (kept != null) {
            return kept.key();
        }
        var key = keys.issueKey(admin.id(), tenant, NAME, KeyType.PUBLISHABLE, KeyPermission.PUBLISHABLE);
        jdbc.update(
                "INSERT INTO dashboard_preview_keys (key_id, tenant_id, admin_id, session_id) VALUES (?, ?, ?, ?)",
                key.keyId(),
                tenant.value(),
                admin.adminId(),
                session.getId());
        issued.put(tenant.value(), new Issued(admin.adminId(), tenant.value(), key.keyId(), key.key()));
        // Set again: a shared session stores an attribute when it is set, not when the value is changed in place.
        session.setAttribute(ATTRIBUTE, issued);
        return key.key();
    }

    /** Logout: the session's keys are revoked before the session is invalidated. */
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, @Nullable Authentication unused) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            revokeAll(session);
        }
    }

    /** Revokes the keys of a session that is about to end. */
    void revokeAll(HttpSession session) {
        // A session may hold keys of several of its admin's tenants.
        revoke(TenantScope.acrossTenants(
                "the preview keys of an ending dashboard session",
                () -> jdbc.query(
                        "DELETE FROM dashboard_preview_keys WHERE session_id = ? "
                                + "RETURNING key_id, tenant_id, admin_id",
                        ISSUED,
                        session.getId())));
    }

    /**
     * Revokes the keys of sessions that ended elsewhere: expired, or deleted by any instance. A key younger than a
     * minute is left alone, as its session row may not be written yet. Rows are claimed by the delete, so two
     * instances sweeping at once revoke each key once.
     */
    @Scheduled(fixedDelayString = "${recomengine.dashboard.preview-key-sweep:1m}")
    void revokeKeysOfEndedSessions() {
        revoke(TenantScope.acrossTenants(
                "the preview keys of dashboard sessions ended anywhere", () -> jdbc.query("""
                DELETE FROM dashboard_preview_keys p
                 WHERE p.issued_at < now() - interval '1 minute'
                   AND NOT EXISTS (SELECT 1 FROM spring_session s
                                    WHERE s.session_id = p.session_id
                                      AND s.expiry_time >= (extract(epoch FROM now()) * 1000)::bigint)
                RETURNING key_id, tenant_id, admin_id
                """, ISSUED)));
    }

    private void revoke(List<Issued> ended) {
        ended.forEach(key -> {
            try {
                TenantId tenant = new TenantId(key.tenantId());
                TenantScope.run(tenant, () -> keys.revokeKey(new AdminId(key.adminId()), tenant, key.keyId()));
            } catch (RuntimeException e) {
                // A deleted tenant's keys are refused anyway; nothing else to do for a preview key.
                log.debug("Preview key {} of tenant {} not revoked: {}", key.keyId(), key.tenantId(), e.getMessage());
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static HashMap<UUID, Issued> issued(HttpSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof Map<?, ?> kept
                ? new HashMap<>((Map<UUID, Issued>) kept)
                : new HashMap<>();
    }
}
