package com.recomengine.dashboard.internal;

import com.recomengine.apikeys.ApiKeys;
import com.recomengine.shared.AdminId;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.security.KeyPermission;
import com.recomengine.shared.security.KeyType;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.Serial;
import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Publishable keys for the widget preview, which draws with the real SDK and so needs one: keys are kept only as
 * hashes, so the dashboard cannot borrow the merchant's. One key per tenant and dashboard session, named
 * {@value #NAME}, issued on the first preview and revoked when the session ends (logout or expiry).
 */
@Component
public class PreviewKeys implements HttpSessionListener {

    public static final String NAME = "Dashboard preview";
    private static final Logger log = LoggerFactory.getLogger(PreviewKeys.class);
    private static final String ATTRIBUTE = PreviewKeys.class.getName();

    private final ApiKeys keys;

    PreviewKeys(ApiKeys keys) {
        this.keys = keys;
    }

    /** A previewing key of a tenant, revoked at the end of the session. */
    record Issued(UUID adminId, UUID tenantId, UUID keyId, String key) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** The session's publishable key for the tenant (which the admin must own), issued on first use. */
    public String keyFor(DashboardAdmin admin, TenantId tenant, HttpSession session) {
        Map<UUID, Issued> issued = issued(session);
        return issued.computeIfAbsent(tenant.value(), t -> {
                    var key = keys.issueKey(admin.id(), tenant, NAME, KeyType.PUBLISHABLE, KeyPermission.PUBLISHABLE);
                    return new Issued(admin.adminId(), t, key.keyId(), key.key());
                })
                .key();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        Object kept = event.getSession().getAttribute(ATTRIBUTE);
        if (kept instanceof Map<?, ?> issued) {
            issued.values().forEach(value -> {
                if (value instanceof Issued key) {
                    revoke(key);
                }
            });
        }
    }

    private void revoke(Issued key) {
        try {
            keys.revokeKey(new AdminId(key.adminId()), new TenantId(key.tenantId()), key.keyId());
        } catch (RuntimeException e) {
            // A deleted tenant's keys are refused anyway; nothing else to do for a preview key.
            log.debug("Preview key {} of tenant {} not revoked: {}", key.keyId(), key.tenantId(), e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<UUID, Issued> issued(HttpSession session) {
        synchronized (session) {
            Object kept = session.getAttribute(ATTRIBUTE);
            if (kept instanceof ConcurrentHashMap<?, ?> map) {
                return (Map<UUID, Issued>) map;
            }
            ConcurrentHashMap<UUID, Issued> created = new ConcurrentHashMap<>();
            session.setAttribute(ATTRIBUTE, created);
            return created;
        }
    }
}
