package com.recomengine.apikeys.internal;

import com.recomengine.shared.security.KeyPermission;
import com.recomengine.shared.security.KeyType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "api_keys")
@Getter(AccessLevel.PACKAGE)
class ApiKey {

    @Id
    private UUID id;

    private UUID tenantId;
    private String name;

    @Enumerated(EnumType.STRING)
    private KeyType type;

    @Enumerated(EnumType.STRING)
    private KeyPermission permission;

    private String displayPrefix;
    private String keyHash;
    private UUID createdBy;
    private Instant createdAt;
    private @Nullable Instant revokedAt;
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

    boolean revoked() {
        return revokedAt != null;
    }
}
