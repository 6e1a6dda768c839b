package com.recomengine.tenants.internal;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.recomengine.platform.DatabaseCircuit;
import com.recomengine.shared.AdminId;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.Problems;
import com.recomengine.shared.web.PageResponse;
import com.recomengine.tenants.TenantConfig;
import com.recomengine.tenants.TenantConfigChanged;
import com.recomengine.tenants.TenantProfile;
import com.recomengine.tenants.TenantSettings;
import com.recomengine.tenants.TenantStatus;
import com.recomengine.tenants.TenantStatusChanged;
import com.recomengine.tenants.Tenants;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tenant administration for their owners, and the {@link Tenants} facade for other modules. Settings are cached
 * for at most a second and refreshed in the background, so that key checks need no query while changes made on
 * any instance take effect within that second. While PostgreSQL is unreachable the last known settings are used.
 */
@Service
public class TenantService implements Tenants {

    private final TenantRepository tenants;
    private final ApplicationEventPublisher events;
    private final LoadingCache<UUID, Optional<TenantSettings>> settings;

    TenantService(TenantRepository tenants, ApplicationEventPublisher events, DatabaseCircuit database) {
        this.tenants = tenants;
        this.events = events;
        this.settings = Caffeine.newBuilder()
                .maximumSize(100_000)
                .refreshAfterWrite(Duration.ofMillis(400))
                .expireAfterWrite(Duration.ofSeconds(1))
                .build(database.<UUID, Optional<TenantSettings>>lastKnownWhileDown(
                        id -> tenants.findById(id).map(Tenant::settings))::apply);
    }

    @Transactional
    public TenantView create(AdminId owner, String name, TenantChanges config) {
        Tenant tenant = new Tenant(owner.value(), name.strip());
        tenant.apply(config);
        return TenantView.of(tenants.save(tenant));
    }

    @Transactional(readOnly = true)
    public PageResponse<TenantView> list(AdminId owner, int page, int size) {
        var found = tenants.findByOwnerIdAndStatusNot(
                owner.value(),
                TenantStatus.DELETED,
                PageRequest.of(page, size, Sort.by("createdAt").descending()));
        return PageResponse.of(found, TenantView::of);
    }

    @Transactional(readOnly = true)
    public TenantView get(AdminId owner, TenantId id) {
        return TenantView.of(owned(owner, id));
    }

    @Transactional
    public TenantView update(AdminId owner, TenantId id, TenantChanges changes) {
        Tenant tenant = owned(owner, id);
        tenant.apply(changes);
        settings.invalidate(id.value());
        events.publishEvent(new TenantConfigChanged(id));
        return TenantView.of(tenant);
    }

    @Transactional
    public TenantView suspend(AdminId owner, TenantId id) {
        Tenant tenant = owned(owner, id);
        tenant.markSuspended();
        return statusChanged(tenant);
    }

    @Transactional
    public TenantView activate(AdminId owner, TenantId id) {
        Tenant tenant = owned(owner, id);
        tenant.markActive();
        return statusChanged(tenant);
    }

    @Transactional
    public void delete(AdminId owner, TenantId id) {
        Tenant tenant = owned(owner, id);
        tenant.markDeleted();
        statusChanged(tenant);
    }

    @Override
    @Transactional
    public TenantId create(AdminId owner, String name) {
        return new TenantId(
                tenants.save(new Tenant(owner.value(), name.strip())).id());
    }

    @Override
    @Transactional(readOnly = true)
    public List<TenantId> ownedBy(AdminId owner) {
        return tenants.findByOwnerIdAndStatusNot(
                        owner.value(), TenantStatus.DELETED, PageRequest.of(0, 1000, Sort.by("createdAt")))
                .map(t -> new TenantId(t.id()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public void requireOwned(AdminId admin, TenantId tenant) {
        owned(admin, tenant);
    }

    @Override
    public Optional<TenantSettings> settings(TenantId tenant) {
        return settings.get(tenant.value());
    }

    @Override
    @Transactional
    public TenantId create(AdminId owner, String name, TenantConfig config) {
        return new TenantId(create(owner, name, changes(config)).id());
    }

    @Override
    @Transactional(readOnly = true)
    public List<TenantProfile> profilesOwnedBy(AdminId owner) {
        return tenants.findByOwnerIdAndStatusNot(
                        owner.value(),
                        TenantStatus.DELETED,
                        PageRequest.of(0, 1000, Sort.by("createdAt").descending()))
                .map(TenantService::profile)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public TenantProfile profile(AdminId owner, TenantId tenant) {
        return profile(owned(owner, tenant));
    }

    @Override
    @Transactional
    public void configure(AdminId owner, TenantId tenant, TenantConfig config) {
        update(owner, tenant, changes(config));
    }

    @Override
    @Transactional
    public void changeStatus(AdminId owner, TenantId tenant, TenantStatus to) {
        switch (to) {
            case ACTIVE -> activate(owner, tenant);
            case SUSPENDED -> suspend(owner, tenant);
            case DELETED -> delete(owner, tenant);
        }
    }

    private static TenantChanges changes(TenantConfig config) {
        return new TenantChanges(
                config.name(),
                config.defaultStrategy(),
                config.allowedOrigins(),
                config.excludePurchased(),
                config.excludedCategories(),
                config.retentionDays(),
                null,
                null);
    }

    private static TenantProfile profile(Tenant tenant) {
        return new TenantProfile(
                tenant.name(), tenant.settings(), tenant.createdAt(), tenant.updatedAt(), tenant.purgeAfter());
    }

    private TenantView statusChanged(Tenant tenant) {
        settings.invalidate(tenant.id());
        events.publishEvent(new TenantStatusChanged(new TenantId(tenant.id()), tenant.status()));
        return TenantView.of(tenant);
    }

    private Tenant owned(AdminId owner, TenantId id) {
        return tenants.findById(id.value())
                .filter(t -> t.ownedBy(owner.value()))
                .orElseThrow(() -> Problems.notFound("Tenant", id));
    }
}
