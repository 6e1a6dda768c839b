/**
 * The audit log: who changed what on a tenant, when and from where, kept a year and append-only in the database.
 * Every module that changes things records through {@link com.recomengine.audit.AuditLog}, which depends on
 * nothing but {@code shared}, so recording never makes a cycle.
 */
@org.jspecify.annotations.NullMarked
package com.recomengine.audit;
