package com.recomengine.dashboard.internal;

import com.recomengine.shared.AdminId;
import com.recomengine.shared.security.AdminIdentity;
import java.io.Serial;
import java.io.Serializable;
import java.util.UUID;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The admin of a dashboard session: kept in the HTTP session, so plain serializable values only. {@code
 * credentials} is the account's credentials version at login: the session ends when it changes. Its principal name
 * (the shared session table's index of sessions by principal) is the admin id.
 */
public record DashboardAdmin(UUID adminId, String email, String name, String credentials)
        implements Serializable, AuthenticatedPrincipal, AdminIdentity {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public String getName() {
        return adminId.toString();
    }

    @Override
    public AdminId id() {
        return new AdminId(adminId);
    }
}
