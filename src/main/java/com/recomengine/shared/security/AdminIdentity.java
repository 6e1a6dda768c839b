package com.recomengine.shared.security;

import com.recomengine.shared.AdminId;

/** A signed-in person, whether by an access token (the API) or a session (the dashboard). */
public interface AdminIdentity {

    AdminId id();

    String email();
}
