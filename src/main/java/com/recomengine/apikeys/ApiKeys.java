package com.recomengine.apikeys;

import com.recomengine.shared.AdminId;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.security.KeyPermission;
import com.recomengine.shared.security.KeyType;
import java.util.List;
import java.util.UUID;

/** Issuing, listing and revoking keys, for modules that act for an admin (the demo seeder, the dashboard). */
public interface ApiKeys {

    /** Issues a key for a tenant the admin owns; the returned record is the only place the whole key appears. */
    IssuedKey issueKey(AdminId admin, TenantId tenant, String name, KeyType type, KeyPermission permission);

    /** The keys of a tenant the admin owns, newest first (at most the latest 500), revoked ones included. */
    List<ApiKeySummary> keysOf(AdminId admin, TenantId tenant);

    /** Revokes a key of a tenant the admin owns (again: no change); refused everywhere within a second. */
    void revokeKey(AdminId admin, TenantId tenant, UUID keyId);
}
