package com.recomengine.dashboard.internal;

import com.recomengine.shared.AdminId;
import java.io.Serial;
import java.io.Serializable;
import java.util.UUID;

/**
 * The admin of a dashboard session: kept in the HTTP session, so plain serializable values only. {@code
 * credentials} is the account's credentials version at login: the session ends when it changes.
 */
public record DashboardAdmin(UUID adminId, String email, String name, String credentials) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public AdminId id() {
        return new AdminId(adminId);
    }
}
