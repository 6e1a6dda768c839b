package com.recomengine.identity;

import com.recomengine.shared.AdminId;
import java.util.Optional;

/** Admin accounts as other modules (the demo seeder, the dashboard) see them. */
public interface AdminAccounts {

    /** Creates an account; throws a 409 problem when the email is taken. */
    AdminId register(String email, String password, String name);

    Optional<AdminId> findByEmail(String email);

    /**
     * The account with this email and password, for session logins (the dashboard). Empty when either is wrong;
     * attempts count against the same per-account and per-address throttles as the API login, which throw a 429
     * problem when exceeded.
     */
    Optional<AdminId> authenticate(String email, String password, String clientAddress);

    /** Who the admin is, for display; empty when the account is gone. */
    Optional<AdminProfile> profile(AdminId admin);

    /**
     * A value that changes whenever the admin's password does (derived from it, never revealing it); empty when the
     * account is gone. A session that remembers the value of its login ends once it differs (password reset).
     */
    Optional<String> credentialsVersion(AdminId admin);

    /**
     * Mails a single-use reset link when the account exists; does nothing (and says nothing) otherwise. Requests are
     * throttled per client address (a 429 problem).
     */
    void requestPasswordReset(String email, String clientAddress);

    /**
     * Sets a new password with a reset token and ends every session of the account; a 400 problem on field
     * {@code token} when it is unknown, expired or used.
     */
    void resetPassword(String token, String newPassword);
}
