package com.recomengine.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * bcrypt over a SHA-256 pre-hash, so that all 128 bytes a password may have count (bcrypt alone reads 72). Such
 * hashes are stored as {@code {sha256}$2a$12$…}; hashes stored before (plain bcrypt) keep verifying as they were.
 * An unknown account is checked against a dummy hash, so that a login costs the same whether the email exists.
 */
final class PasswordHashes {

    private static final String PREFIX = "{sha256}";
    private static final int BCRYPT_MAX_BYTES = 72;

    private final BCryptPasswordEncoder bcrypt;
    private final String dummy;

    PasswordHashes(int cost) {
        this.bcrypt = new BCryptPasswordEncoder(cost);
        this.dummy = hash(Digests.newToken());
    }

    String hash(String password) {
        return PREFIX + bcrypt.encode(prehash(password));
    }

    boolean matches(String password, String stored) {
        if (stored.startsWith(PREFIX)) {
            return bcrypt.matches(prehash(password), stored.substring(PREFIX.length()));
        }
        return password.getBytes(StandardCharsets.UTF_8).length <= BCRYPT_MAX_BYTES && bcrypt.matches(password, stored);
    }

    /** Spends the time of one check for an account that does not exist; always false. */
    boolean matchesNobody(String password) {
        matches(password, dummy);
        return false;
    }

    private static String prehash(String password) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
