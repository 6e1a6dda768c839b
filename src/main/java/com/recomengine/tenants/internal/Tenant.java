package com.recomengine.tenants.internal;

import com.recomengine.shared.TenantId;
import com.recomengine.tenants.TenantSettings;
import com.recomengine.tenants.TenantStatus;
import jakarta.persistence.Column;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "tenants")
class Tenant {

    static final Duration PURGE_GRACE = Duration.ofDays(30);

    @Id
    private UUID id;

    @Column(name = "owner_id", nullable = false)
    private UUID ownerId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TenantStatus status;

    @Column(name = "default_strategy", nullable = false)
    private String defaultStrategy;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "allowed_origins", nullable = false)
    private String[] allowedOrigins;

    @Column(name = "exclude_purchased", nullable = false)
    private boolean excludePurchased;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "excluded_categories", nullable = false)
    private String[] excludedCategories;

    @Column(name = "retention_days", nullable = false)
    private int retentionDays;

    @Column(name = "reads_per_minute")
    private @Nullable Long readsPerMinute;

    @Column(name = "writes_per_minute")
    private @Nullable Long writesPerMinute;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "deleted_at")
    private @Nullable Instant deletedAt;

    @Column(name = "purge_after")
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

    long version() {
        return version;
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    TenantStatus status() {
        return status;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    @Nullable
    Instant purgeAfter() {
        return purgeAfter;
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
