package com.recomengine.platform;

import com.recomengine.shared.security.AdminPrincipal;
import java.util.Optional;

/** Verifies admin access tokens (signature, expiry, revocation); implemented by the identity module. */
public interface AccessTokenVerifier {

    Optional<AdminPrincipal> verify(String accessToken);
}
