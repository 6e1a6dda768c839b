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

/** One refresh token of a login session ("family"); each use replaces it with a new one in the same family. */
@Entity
@Table(name = "refresh_tokens")
@Getter(AccessLevel.PACKAGE)
class RefreshToken {

    @Id
    private UUID id;

    private UUID familyId;
    private UUID adminId;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    private String accessTokenId;
    private Instant expiresAt;
    private @Nullable Instant usedAt;
    private @Nullable Instant revokedAt;

    protected RefreshToken() {}

    RefreshToken(UUID familyId, UUID adminId, String tokenHash, String accessTokenId, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.familyId = familyId;
        this.adminId = adminId;
        this.tokenHash = tokenHash;
        this.accessTokenId = accessTokenId;
        this.expiresAt = expiresAt;
    }

    boolean spent() {
        return usedAt != null || revokedAt != null;
    }

    boolean expired(Instant now) {
        return !expiresAt.isAfter(now);
    }

    void markUsed(Instant now) {
        this.usedAt = now;
    }

    void markRevoked(Instant now) {
        if (revokedAt == null) {
            this.revokedAt = now;
        }
    }
}
