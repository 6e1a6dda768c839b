package com.recomengine.apikeys;

import com.recomengine.shared.AdminId;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.security.KeyPermission;
import com.recomengine.shared.security.KeyType;

/** Issuing keys, for modules that act for an admin (the demo seeder, the dashboard). */
public interface ApiKeys {

    /** Issues a key for a tenant the admin owns; the returned record is the only place the whole key appears. */
    IssuedKey issueKey(AdminId admin, TenantId tenant, String name, KeyType type, KeyPermission permission);
}
