package com.recomengine.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One refresh token of a login session ("family"); each use replaces it with a new one in the same family. */
@Entity
@Table(name = "refresh_tokens")
class RefreshToken {

    @Id
    private UUID id;

    @Column(name = "family_id", nullable = false)
    private UUID familyId;

    @Column(name = "admin_id", nullable = false)
    private UUID adminId;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "access_token_id", nullable = false)
    private String accessTokenId;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    @Column(name = "revoked_at")
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

    UUID familyId() {
        return familyId;
    }

    UUID adminId() {
        return adminId;
    }

    String accessTokenId() {
        return accessTokenId;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
