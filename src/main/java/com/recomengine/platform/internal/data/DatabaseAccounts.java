package com.recomengine.platform.internal.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The database accounts: the application role the pool connects as (no superuser, not the tables' owner, subject
 * to row-level security), the owner that migrations and run-time schema changes connect as, and the maintenance
 * role (no login) that the application role may switch to for work across tenants.
 */
public record DatabaseAccounts(
        String url,
        String appUser,
        @Nullable String appPassword,
        String ownerUser,
        @Nullable String ownerPassword,
        String maintenanceRole) {

    private static final Logger log = LoggerFactory.getLogger(DatabaseAccounts.class);

    /** A connection per call as the owner, for migrations and the few schema changes made at run time. */
    public DataSource ownerDataSource() {
        Properties properties = new Properties();
        properties.setProperty("user", ownerUser);
        if (ownerPassword != null && !ownerPassword.isBlank()) {
            properties.setProperty("password", ownerPassword);
        }
        SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new Driver(), url);
        dataSource.setConnectionProperties(properties);
        return dataSource;
    }

    /**
     * Creates the application role (LOGIN, NOINHERIT, with the configured password) and the maintenance role (NOLOGIN)
     * when they do not exist yet, and makes the application role a member of the maintenance role. Needs an owner
     * with CREATEROLE for that; in production the roles are usually made beforehand (README, adr/0006-row-level-security.md).
     */
    void ensureRoles() {
        if (appUser.equals(ownerUser)) {
            log.warn(
                    "The application connects as the tables' owner {}: row-level security does not hold; set "
                            + "RECOMENGINE_DB_USER to an application role and RECOMENGINE_DB_OWNER to the owner",
                    ownerUser);
            return;
        }
        try (Connection connection = ownerDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            // Two instances starting at once: one creates, the other waits and finds the roles.
            statement.execute("SELECT pg_advisory_lock(hashtextextended('recomengine roles', 0))");
            try {
                if (!exists(connection, appUser)) {
                    String password =
                            appPassword == null || appPassword.isBlank() ? "NULL" : literal(connection, appPassword);
                    statement.execute(
                            "CREATE ROLE " + identifier(connection, appUser) + " LOGIN NOINHERIT PASSWORD " + password);
                    log.info("Created the application role {}", appUser);
                }
                if (!exists(connection, maintenanceRole)) {
                    statement.execute("CREATE ROLE " + identifier(connection, maintenanceRole) + " NOLOGIN");
                    log.info("Created the maintenance role {}", maintenanceRole);
                }
                if (!member(connection)) {
                    statement.execute("GRANT " + identifier(connection, maintenanceRole) + " TO "
                            + identifier(connection, appUser));
                }
            } finally {
                statement.execute("SELECT pg_advisory_unlock(hashtextextended('recomengine roles', 0))");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not check or create the database roles " + appUser + " and " + maintenanceRole + " as "
                            + ownerUser + " (create them as README says): " + e.getMessage(),
                    e);
        }
    }

    private static boolean exists(Connection connection, String role) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            query.setString(1, role);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private boolean member(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT 1 FROM pg_auth_members m
                JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles a ON a.oid = m.member
                WHERE r.rolname = ? AND a.rolname = ?""")) {
            query.setString(1, maintenanceRole);
            query.setString(2, appUser);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static String identifier(Connection connection, String name) throws SQLException {
        return quote(connection, "SELECT quote_ident(?)", name);
    }

    private static String literal(Connection connection, String value) throws SQLException {
        return quote(connection, "SELECT quote_literal(?)", value);
    }

    private static String quote(Connection connection, String sql, String value) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, value);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
