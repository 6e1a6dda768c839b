package com.recomengine.shared.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a route under {@code /tenants/{tenantId}} needs from the signed-in admin's role on that tenant. One
 * authorization step (the teams module's) reads it before the method runs: a non-member gets 404 as for a tenant
 * that does not exist, a member whose role lacks the permission a 403 naming the roles that have it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface TenantAccess {
    TenantPermission value();
}
