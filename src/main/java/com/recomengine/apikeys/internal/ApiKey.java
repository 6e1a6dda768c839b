package com.recomengine.apikeys.internal;

import com.recomengine.shared.security.KeyPermission;
import com.recomengine.shared.security.KeyType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "api_keys")
class ApiKey {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false)
    private UUID tenantId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private KeyType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private KeyPermission permission;

    @Column(name = "display_prefix", nullable = false)
    private String displayPrefix;

    @Column(name = "key_hash", nullable = false)
    private String keyHash;

    @Column(name = "created_by", nullable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    protected ApiKey() {}

    ApiKey(
            UUID tenantId,
            String name,
            KeyType type,
            KeyPermission permission,
            String displayPrefix,
            String keyHash,
            UUID createdBy) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.name = name;
        this.type = type;
        this.permission = permission;
        this.displayPrefix = displayPrefix;
        this.keyHash = keyHash;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    void markRevoked() {
        if (revokedAt == null) {
            revokedAt = Instant.now();
        }
    }

    String keyHash() {
        return keyHash;
    }

    boolean revoked() {
        return revokedAt != null;
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    String name() {
        return name;
    }

    KeyType type() {
        return type;
    }

    KeyPermission permission() {
        return permission;
    }

    String displayPrefix() {
        return displayPrefix;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable
    Instant revokedAt() {
        return revokedAt;
    }

    @Nullable
    Instant lastUsedAt() {
        return lastUsedAt;
    }
}
