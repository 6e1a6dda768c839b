package com.recomengine.tenants;

/** Only active tenants' keys are admitted; suspended ones can be activated again; deleted ones await their purge. */
public enum TenantStatus {
    ACTIVE,
    SUSPENDED,
    DELETED
}
