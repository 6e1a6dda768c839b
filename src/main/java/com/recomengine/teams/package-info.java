/**
 * Teams: the members of a tenant with their roles (owner, admin, developer, analyst, viewer), invitations by email,
 * and the one authorization step that checks each tenant route's declared {@code TenantAccess} against the
 * signed-in admin's role.
 */
@org.jspecify.annotations.NullMarked
package com.recomengine.teams;
