package com.recomengine.platform.internal.data;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.recomengine.platform.TenantScope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The application's DataSource: each connection checked out is set to the current {@link TenantScope} — the
 * tenant in {@code recomengine.tenant_id} (empty outside every scope), and the maintenance role in {@code role}
 * across tenants ({@code none}, the application role itself, otherwise). The row-level security policies read
 * both. A pooled connection remembers what it was last set to, so a checkout in the same scope as the last one
 * costs no round trip. Checkout happens in auto-commit mode, so a setting outlives any later rollback.
 */
public final class TenantConnections extends DelegatingDataSource implements AutoCloseable {

    private static final String SET = "SELECT set_config('recomengine.tenant_id', ?, ?), set_config('role', ?, ?)";

    private final String maintenanceRole;
    private final Cache<Connection, TenantScope.Setting> applied =
            Caffeine.newBuilder().weakKeys().build();

    TenantConnections(DataSource pool, String maintenanceRole) {
        super(pool);
        this.maintenanceRole = maintenanceRole;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return set(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return set(super.getConnection(username, password));
    }

    private Connection set(Connection connection) throws SQLException {
        try {
            TenantScope.Setting setting = TenantScope.current();
            Connection physical = connection.unwrap(Connection.class);
            if (!connection.getAutoCommit()) {
                applied.invalidate(physical);
                apply(connection, setting, false);
            } else if (!setting.equals(applied.getIfPresent(physical))) {
                applied.invalidate(physical);
                apply(connection, setting, false);
                applied.put(physical, setting);
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private void apply(Connection connection, TenantScope.Setting setting, boolean local) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SET)) {
            statement.setString(1, setting.tenant());
            statement.setBoolean(2, local);
            statement.setString(3, setting.acrossTenants() ? maintenanceRole : "none");
            statement.setBoolean(4, local);
            statement.execute();
        }
    }

    /** Closes the pool. */
    @Override
    public void close() {
        if (getTargetDataSource() instanceof AutoCloseable pool) {
            try {
                pool.close();
            } catch (Exception e) {
                throw new IllegalStateException("Could not close the connection pool", e);
            }
        }
    }

    /**
     * Sets the connection of the transaction the current thread is in (if any) to {@code setting} until that
     * transaction ends: a scope entered inside a transaction applies to the statements that follow in it.
     */
    public static void applyToTransaction(TenantScope.Setting setting) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return;
        }
        for (var entry : TransactionSynchronizationManager.getResourceMap().entrySet()) {
            if (entry.getKey() instanceof TenantConnections connections
                    && entry.getValue() instanceof ConnectionHolder holder
                    && holder.getConnectionHandle() != null) {
                try {
                    connections.apply(holder.getConnection(), setting, true);
                } catch (SQLException e) {
                    RuntimeException translated =
                            new SQLStateSQLExceptionTranslator().translate("tenant scope", SET, e);
                    throw translated != null ? translated : new IllegalStateException(e);
                }
            }
        }
    }
}
