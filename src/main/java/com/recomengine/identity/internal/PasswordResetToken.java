package com.recomengine.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import org.jspecify.annotations.Nullable;

/** A single-use, expiring password reset; only its hash is stored. */
@Entity
@Table(name = "password_reset_tokens")
@Getter(AccessLevel.PACKAGE)
class PasswordResetToken {

    @Id
    private UUID id;

    private UUID adminId;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    private Instant expiresAt;
    private @Nullable Instant usedAt;

    protected PasswordResetToken() {}

    PasswordResetToken(UUID adminId, String tokenHash, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.adminId = adminId;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    boolean usable(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }

    void markUsed(Instant now) {
        this.usedAt = now;
    }
}
