package com.recomengine.tenants.internal;

import com.recomengine.audit.AuditLog;
import com.recomengine.shared.AdminId;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.Problems;
import com.recomengine.shared.security.TeamRole;
import com.recomengine.shared.security.TenantMemberships;
import com.recomengine.shared.web.IfMatch;
import com.recomengine.shared.web.PageResponse;
import com.recomengine.shared.web.Versioned;
import com.recomengine.tenants.TenantConfig;
import com.recomengine.tenants.TenantConfigChanged;
import com.recomengine.tenants.TenantProfile;
import com.recomengine.tenants.TenantSettings;
import com.recomengine.tenants.TenantStatus;
import com.recomengine.tenants.TenantStatusChanged;
import com.recomengine.tenants.Tenants;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tenant administration for their members, and the {@link Tenants} facade for other modules. Who may do what is
 * decided before a call gets here (each route's declared role); here a tenant is found only for its members. Settings
 * are read from the {@link TenantSettingsCache}, so key checks need no query, also for tenants asked once in a while.
 */
@Service
public class TenantService implements Tenants {

    private final TenantRepository tenants;
    private final ApplicationEventPublisher events;
    private final TenantMemberships memberships;
    private final AuditLog audit;
    private final TenantSettingsCache settings;
    private final long maxReadsPerMinute;
    private final long maxWritesPerMinute;

    TenantService(
            TenantRepository tenants,
            ApplicationEventPublisher events,
            TenantSettingsCache settings,
            TenantMemberships memberships,
            AuditLog audit,
            @Value("${recomengine.apikeys.max-reads-per-minute:10000}") long maxReadsPerMinute,
            @Value("${recomengine.apikeys.max-writes-per-minute:5000}") long maxWritesPerMinute) {
        this.audit = audit;
        this.tenants = tenants;
        this.maxReadsPerMinute = maxReadsPerMinute;
        this.maxWritesPerMinute = maxWritesPerMinute;
        this.events = events;
        this.memberships = memberships;
        this.settings = settings;
    }

    @Transactional
    public Versioned<TenantView> create(AdminId owner, String name, TenantChanges config) {
        Tenant tenant = new Tenant(owner.value(), name.strip());
        tenant.apply(withinCeiling(config));
        Tenant saved = tenants.saveAndFlush(tenant);
        audit.record(new TenantId(saved.id()), "tenant.created", "tenant", saved.id(), audited(saved));
        return new Versioned<>(TenantView.of(saved, TeamRole.OWNER), saved.version());
    }

    /** Every tenant the admin belongs to (but deleted ones), newest first, with the admin's role. */
    @Transactional(readOnly = true)
    public PageResponse<TenantView> list(AdminId admin, int page, int size) {
        Map<TenantId, TeamRole> roles = memberships.tenantsOf(admin);
        var found = tenants.findByIdInAndStatusNot(
                ids(roles),
                TenantStatus.DELETED,
                PageRequest.of(page, size, Sort.by("createdAt").descending()));
        return PageResponse.of(found, t -> TenantView.of(t, roles.get(new TenantId(t.id()))));
    }

    @Transactional(readOnly = true)
    public Versioned<TenantView> get(AdminId admin, TenantId id) {
        return owned(admin, id).versioned();
    }

    /** Applies the changes if the tenant is still at a version {@code ifMatch} accepts (412 otherwise). */
    @Transactional
    public Versioned<TenantView> update(AdminId admin, TenantId id, TenantChanges changes, IfMatch ifMatch) {
        Membership membership = owned(admin, id);
        ifMatch.require(membership.tenant().version());
        Map<String, @Nullable Object> before = audited(membership.tenant());
        membership.tenant().apply(withinCeiling(changes));
        audit.record(id, "tenant.updated", "tenant", id, before, audited(membership.tenant()));
        settings.changed(id.value());
        events.publishEvent(new TenantConfigChanged(id));
        // The version check of the write happens here, so the answer carries the version it wrote.
        tenants.flush();
        return membership.versioned();
    }

    /** Per-tenant limits stay under the platform's ceiling (operator configuration, not a tenant setting). */
    private TenantChanges withinCeiling(TenantChanges changes) {
        if (changes.readsPerMinute() != null && changes.readsPerMinute() > maxReadsPerMinute) {
            throw Problems.invalid("readsPerMinute", "must be at most " + maxReadsPerMinute + " on this platform");
        }
        if (changes.writesPerMinute() != null && changes.writesPerMinute() > maxWritesPerMinute) {
            throw Problems.invalid("writesPerMinute", "must be at most " + maxWritesPerMinute + " on this platform");
        }
        return changes;
    }

    @Transactional
    public TenantView suspend(AdminId admin, TenantId id) {
        Membership membership = owned(admin, id);
        Map<String, @Nullable Object> before = audited(membership.tenant());
        membership.tenant().markSuspended();
        audit.record(id, "tenant.suspended", "tenant", id, before, audited(membership.tenant()));
        return statusChanged(membership);
    }

    @Transactional
    public TenantView activate(AdminId admin, TenantId id) {
        Membership membership = owned(admin, id);
        Map<String, @Nullable Object> before = audited(membership.tenant());
        membership.tenant().markActive();
        audit.record(id, "tenant.activated", "tenant", id, before, audited(membership.tenant()));
        return statusChanged(membership);
    }

    @Transactional
    public void delete(AdminId admin, TenantId id, IfMatch ifMatch) {
        Membership membership = owned(admin, id);
        ifMatch.require(membership.tenant().version());
        Map<String, @Nullable Object> before = audited(membership.tenant());
        membership.tenant().markDeleted();
        audit.record(id, "tenant.deleted", "tenant", id, before, audited(membership.tenant()));
        statusChanged(membership);
    }

    @Override
    @Transactional
    public TenantId create(AdminId owner, String name) {
        return new TenantId(create(owner, name, new TenantChanges(null, null, null, null, null, null, null, null))
                .body()
                .id());
    }

    @Override
    @Transactional(readOnly = true)
    public List<TenantId> ownedBy(AdminId owner) {
        Map<TenantId, TeamRole> roles = memberships.tenantsOf(owner);
        roles.values().removeIf(role -> role != TeamRole.OWNER);
        return tenants.findByIdInAndStatusNot(
                        ids(roles), TenantStatus.DELETED, PageRequest.of(0, 1000, Sort.by("createdAt")))
                .map(t -> new TenantId(t.id()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public void requireOwned(AdminId admin, TenantId tenant) {
        owned(admin, tenant);
    }

    @Override
    @Transactional(readOnly = true)
    public void requireExisting(TenantId tenant) {
        tenants.findById(tenant.value())
                .filter(t -> t.status() != TenantStatus.DELETED)
                .orElseThrow(() -> Problems.notFound("Tenant", tenant));
    }

    @Override
    public Optional<TenantSettings> settings(TenantId tenant) {
        return settings.get(tenant.value());
    }

    @Override
    @Transactional
    public TenantId create(AdminId owner, String name, TenantConfig config) {
        return new TenantId(create(owner, name, changes(config)).body().id());
    }

    @Override
    @Transactional(readOnly = true)
    public List<TenantProfile> profilesOwnedBy(AdminId admin) {
        Map<TenantId, TeamRole> roles = memberships.tenantsOf(admin);
        return tenants.findByIdInAndStatusNot(
                        ids(roles),
                        TenantStatus.DELETED,
                        PageRequest.of(0, 1000, Sort.by("createdAt").descending()))
                .map(t -> profile(t, roles.get(new TenantId(t.id()))))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public TenantProfile profile(AdminId admin, TenantId tenant) {
        Membership membership = owned(admin, tenant);
        return profile(membership.tenant(), membership.role());
    }

    @Override
    @Transactional
    public void configure(AdminId owner, TenantId tenant, TenantConfig config) {
        update(owner, tenant, changes(config), IfMatch.NONE);
    }

    @Override
    @Transactional
    public void changeStatus(AdminId owner, TenantId tenant, TenantStatus to) {
        switch (to) {
            case ACTIVE -> activate(owner, tenant);
            case SUSPENDED -> suspend(owner, tenant);
            case DELETED -> delete(owner, tenant, IfMatch.NONE);
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

    private static TenantProfile profile(Tenant tenant, TeamRole role) {
        return new TenantProfile(
                tenant.name(), tenant.settings(), tenant.createdAt(), tenant.updatedAt(), tenant.purgeAfter(), role);
    }

    private TenantView statusChanged(Membership membership) {
        Tenant tenant = membership.tenant();
        settings.changed(tenant.id());
        events.publishEvent(new TenantStatusChanged(new TenantId(tenant.id()), tenant.status()));
        return membership.view();
    }

    /** A tenant that is not deleted, with the admin's role on it; a 404 problem for anyone who is not a member. */
    private Membership owned(AdminId admin, TenantId id) {
        return tenants.findById(id.value())
                .filter(t -> t.status() != TenantStatus.DELETED)
                .flatMap(t -> memberships.roleOf(admin, id).map(role -> new Membership(t, role)))
                .orElseThrow(() -> Problems.notFound("Tenant", id));
    }

    /** The fields of a tenant the audit log compares. */
    private static Map<String, @Nullable Object> audited(Tenant tenant) {
        Map<String, @Nullable Object> fields = new LinkedHashMap<>();
        fields.put("name", tenant.name());
        fields.put("status", tenant.status().name().toLowerCase(Locale.ROOT));
        fields.putAll(AuditLog.fieldsOf(TenantView.of(tenant, TeamRole.OWNER).config()));
        return fields;
    }

    private static Collection<UUID> ids(Map<TenantId, TeamRole> roles) {
        // An empty IN list matches nothing; a random id keeps the query valid on every database.
        return roles.isEmpty()
                ? List.of(UUID.randomUUID())
                : roles.keySet().stream().map(TenantId::value).toList();
    }
}
