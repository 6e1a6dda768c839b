package com.recomengine.apikeys.internal;

import com.recomengine.apikeys.ApiKeyRevoked;
import com.recomengine.apikeys.ApiKeySummary;
import com.recomengine.apikeys.ApiKeys;
import com.recomengine.apikeys.IssuedKey;
import com.recomengine.audit.AuditLog;
import com.recomengine.shared.AdminId;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.Problems;
import com.recomengine.shared.security.KeyPermission;
import com.recomengine.shared.security.KeyType;
import com.recomengine.shared.web.PageResponse;
import com.recomengine.tenants.Tenants;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issuing, listing and revoking a tenant's keys, for the admin who owns the tenant. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ApiKeyService implements ApiKeys {

    private final ApiKeyRepository keys;
    private final KeyHasher hasher;
    private final Tenants tenants;
    private final ApiKeyAuthenticator authenticator;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    @Transactional
    public ApiKeyView issue(AdminId admin, TenantId tenant, String name, KeyType type, KeyPermission permission) {
        tenants.requireOwned(admin, tenant);
        String plain = KeyFormat.generate(type);
        ApiKey key = keys.save(new ApiKey(
                tenant.value(),
                name.strip(),
                type,
                permission,
                KeyFormat.displayPrefix(plain),
                hasher.hash(plain),
                admin.value()));
        audit.record(tenant, "key.created", "api-key", key.id(), described(key));
        return ApiKeyView.of(key, plain);
    }

    @Override
    @Transactional
    public IssuedKey issueKey(AdminId admin, TenantId tenant, String name, KeyType type, KeyPermission permission) {
        ApiKeyView view = issue(admin, tenant, name, type, permission);
        return new IssuedKey(view.id(), tenant, view.prefix(), view.key());
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApiKeySummary> keysOf(AdminId admin, TenantId tenant) {
        tenants.requireOwned(admin, tenant);
        return keys.findByTenantId(
                        tenant.value(),
                        PageRequest.of(0, 500, Sort.by("createdAt").descending()))
                .map(key -> new ApiKeySummary(
                        key.id(),
                        key.name(),
                        key.type(),
                        key.permission(),
                        key.displayPrefix(),
                        key.createdAt(),
                        key.lastUsedAt(),
                        key.revokedAt()))
                .toList();
    }

    @Override
    @Transactional
    public void revokeKey(AdminId admin, TenantId tenant, UUID keyId) {
        revoke(admin, tenant, keyId);
    }

    @Transactional(readOnly = true)
    public PageResponse<ApiKeyView> list(AdminId admin, TenantId tenant, int page, int size) {
        tenants.requireOwned(admin, tenant);
        var found = keys.findByTenantId(
                tenant.value(), PageRequest.of(page, size, Sort.by("createdAt").descending()));
        return PageResponse.of(found, key -> ApiKeyView.of(key, null));
    }

    @Transactional(readOnly = true)
    public ApiKeyView get(AdminId admin, TenantId tenant, UUID keyId) {
        tenants.requireOwned(admin, tenant);
        return ApiKeyView.of(owned(tenant, keyId), null);
    }

    @Transactional
    public ApiKeyView revoke(AdminId admin, TenantId tenant, UUID keyId) {
        tenants.requireOwned(admin, tenant);
        ApiKey key = owned(tenant, keyId);
        if (!key.revoked()) {
            Map<String, Object> before = described(key);
            key.markRevoked();
            audit.record(tenant, "key.revoked", "api-key", keyId, before, described(key));
            events.publishEvent(new ApiKeyRevoked(tenant, keyId));
        }
        authenticator.revoked(key.keyHash());
        return ApiKeyView.of(key, null);
    }

    /** What the audit log keeps of a key: never the key, only what the dashboard shows of it. */
    private static Map<String, Object> described(ApiKey key) {
        return Map.of(
                "name", key.name(),
                "type", key.type().wireName(),
                "permission", key.permission().wireName(),
                "prefix", key.displayPrefix(),
                "status", key.revoked() ? "revoked" : "active");
    }

    private ApiKey owned(TenantId tenant, UUID keyId) {
        return keys.findByIdAndTenantId(keyId, tenant.value()).orElseThrow(() -> Problems.notFound("API key", keyId));
    }
}
