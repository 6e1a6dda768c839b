package com.recomengine.shared.security;

import com.recomengine.shared.problem.Problems;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the caller of the current request; controllers use it instead of trusting any id from the request. */
public final class Authenticated {

    private Authenticated() {}

    public static AdminPrincipal admin() {
        if (principal() instanceof AdminPrincipal admin) {
            return admin;
        }
        throw Problems.unauthorized("An admin access token is required.");
    }

    public static ApiKeyPrincipal key() {
        if (principal() instanceof ApiKeyPrincipal key) {
            return key;
        }
        throw Problems.unauthorized("An API key is required.");
    }

    /** The person signed in by token or session, if any (API keys are not people). */
    public static Optional<AdminIdentity> person() {
        return principal() instanceof AdminIdentity person ? Optional.of(person) : Optional.empty();
    }

    private static Object principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "" : authentication.getPrincipal();
    }
}
