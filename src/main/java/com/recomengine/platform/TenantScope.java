package com.recomengine.platform;

import com.recomengine.platform.internal.data.TenantConnections;
import com.recomengine.shared.TenantId;
import java.util.function.Supplier;

/**
 * Which tenant's rows the current thread's database work may see: PostgreSQL's row-level security (the second wall
 * between tenants, adr/0006-row-level-security.md) lets the application role read and write a tenant table's rows only of the tenant set
 * on its connection. Every connection checked out in a scope is set to it; a scope entered while a transaction
 * holds a connection sets that transaction's connection until the scope ends. Outside any scope a connection sees
 * no tenant's rows at all.
 *
 * <p>Requests enter their tenant's scope at the edge (the key's tenant, or the {@code {tenantId}} of an admin or
 * dashboard route); jobs and listeners enter the scope of the tenant they work for. Work that is legitimately
 * across tenants (verifying an API key by its hash, finding which tenants a job has to visit) runs
 * {@link #acrossTenants(String, Supplier) across tenants}: its connections take the maintenance role, the one
 * role whose policies show every tenant's rows. Keep that work to the finding; do each tenant's part in its scope.
 */
public final class TenantScope {

    /** The setting a connection takes: a tenant (or none), or the maintenance role's view across tenants. */
    public record Setting(String tenant, boolean acrossTenants) {

        static final Setting NONE = new Setting("", false);
    }

    private static final ThreadLocal<Setting> CURRENT = new ThreadLocal<>();

    private TenantScope() {}

    /** The current thread's setting (no tenant when outside every scope). */
    public static Setting current() {
        Setting setting = CURRENT.get();
        return setting == null ? Setting.NONE : setting;
    }

    /** Runs {@code work} with {@code tenant}'s rows, and only those, visible. */
    public static void run(TenantId tenant, Runnable work) {
        try (Entered ignored = enter(tenant)) {
            work.run();
        }
    }

    /** Answers {@code work}'s result, computed with {@code tenant}'s rows, and only those, visible. */
    public static <T> T call(TenantId tenant, Supplier<T> work) {
        try (Entered ignored = enter(tenant)) {
            return work.get();
        }
    }

    /** Runs {@code work} across tenants, for the named {@code purpose} (a cross-tenant lookup or a job's finding). */
    public static void acrossTenants(String purpose, Runnable work) {
        try (Entered ignored = enterAcrossTenants(purpose)) {
            work.run();
        }
    }

    /** Answers {@code work}'s result, computed across tenants for the named {@code purpose}. */
    public static <T> T acrossTenants(String purpose, Supplier<T> work) {
        try (Entered ignored = enterAcrossTenants(purpose)) {
            return work.get();
        }
    }

    /** Enters {@code tenant}'s scope until the answer is closed (for filters, which cannot wrap a lambda). */
    public static Entered enter(TenantId tenant) {
        return enter(new Setting(tenant.value().toString(), false));
    }

    /** Enters the scope across tenants until the answer is closed; {@code purpose} names why, for the reader. */
    public static Entered enterAcrossTenants(String purpose) {
        return enter(new Setting("", true));
    }

    /**
     * Sets the connection of the current transaction to {@code tenant} for the rest of the transaction, without
     * entering a scope (nothing is restored: the setting ends with the transaction). For a writer that stores
     * several tenants' rows in one transaction, one tenant's rows after another; outside a transaction it does
     * nothing.
     */
    public static void forRestOfTransaction(TenantId tenant) {
        TenantConnections.applyToTransaction(new Setting(tenant.value().toString(), false));
    }

    private static Entered enter(Setting setting) {
        Setting before = CURRENT.get();
        CURRENT.set(setting);
        TenantConnections.applyToTransaction(setting);
        return new Entered(before, setting);
    }

    /** A scope entered; closing it restores the one before. */
    public static final class Entered implements AutoCloseable {

        private final Setting before;
        private final Setting entered;

        private Entered(Setting before, Setting entered) {
            this.before = before;
            this.entered = entered;
        }

        @Override
        public void close() {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
            Setting restored = before == null ? Setting.NONE : before;
            if (!restored.equals(entered)) {
                TenantConnections.applyToTransaction(restored);
            }
        }
    }
}
