package com.recomengine.tenants.internal;

import com.recomengine.shared.TenantId;
import com.recomengine.tenants.TenantSettings;
import com.recomengine.tenants.TenantStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "tenants")
@Getter(AccessLevel.PACKAGE)
class Tenant {

    static final Duration PURGE_GRACE = Duration.ofDays(30);

    @Id
    private UUID id;

    private UUID ownerId;
    private String name;

    @Enumerated(EnumType.STRING)
    private TenantStatus status;

    private String defaultStrategy;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] allowedOrigins;

    private boolean excludePurchased;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] excludedCategories;

    private int retentionDays;
    private @Nullable Long readsPerMinute;
    private @Nullable Long writesPerMinute;
    private Instant createdAt;
    private Instant updatedAt;
    private @Nullable Instant deletedAt;
    private @Nullable Instant purgeAfter;

    @Version
    private long version;

    protected Tenant() {}

    Tenant(UUID ownerId, String name) {
        this.id = UUID.randomUUID();
        this.ownerId = ownerId;
        this.name = name;
        this.status = TenantStatus.ACTIVE;
        this.defaultStrategy = "auto";
        this.allowedOrigins = new String[0];
        this.excludePurchased = true;
        this.excludedCategories = new String[0];
        this.retentionDays = 90;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    void apply(TenantChanges changes) {
        if (changes.name() != null) name = changes.name().strip();
        if (changes.defaultStrategy() != null) defaultStrategy = changes.defaultStrategy();
        if (changes.allowedOrigins() != null)
            allowedOrigins = changes.allowedOrigins().toArray(String[]::new);
        if (changes.excludePurchased() != null) excludePurchased = changes.excludePurchased();
        if (changes.excludedCategories() != null)
            excludedCategories = changes.excludedCategories().toArray(String[]::new);
        if (changes.retentionDays() != null) retentionDays = changes.retentionDays();
        if (changes.readsPerMinute() != null)
            readsPerMinute = changes.readsPerMinute() == 0 ? null : changes.readsPerMinute();
        if (changes.writesPerMinute() != null)
            writesPerMinute = changes.writesPerMinute() == 0 ? null : changes.writesPerMinute();
        updatedAt = Instant.now();
    }

    void markSuspended() {
        requireStatus(TenantStatus.ACTIVE, "suspend");
        status = TenantStatus.SUSPENDED;
        updatedAt = Instant.now();
    }

    void markActive() {
        requireStatus(TenantStatus.SUSPENDED, "activate");
        status = TenantStatus.ACTIVE;
        updatedAt = Instant.now();
    }

    void markDeleted() {
        if (status == TenantStatus.DELETED) {
            throw new TenantTransitionRefused(status, "delete");
        }
        status = TenantStatus.DELETED;
        deletedAt = Instant.now();
        purgeAfter = deletedAt.plus(PURGE_GRACE);
        updatedAt = deletedAt;
    }

    void markPurged() {
        name = "(purged)";
        purgeAfter = null;
        allowedOrigins = new String[0];
        excludedCategories = new String[0];
        updatedAt = Instant.now();
    }

    private void requireStatus(TenantStatus expected, String action) {
        if (status != expected) {
            throw new TenantTransitionRefused(status, action);
        }
    }

    TenantSettings settings() {
        return new TenantSettings(
                new TenantId(id),
                status,
                defaultStrategy,
                new LinkedHashSet<>(List.of(allowedOrigins)),
                excludePurchased,
                new LinkedHashSet<>(List.of(excludedCategories)),
                retentionDays,
                readsPerMinute,
                writesPerMinute);
    }
}
