package com.recomengine.platform.internal.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import lombok.RequiredArgsConstructor;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Flyway's {@code afterMigrate} callback: after every migrate, as the owner, runs {@code db/row-level-security.sql},
 * which secures every tenant table of the schema (row-level security enabled and forced, the tenant and maintenance
 * policies, the application and maintenance roles' grants). A callback in Java, not an SQL callback file among the
 * migrations, so that it runs once however the migrations are found on the class path.
 */
@RequiredArgsConstructor
final class TenantTablesSecured implements Callback {

    private final String appRole;
    private final String maintenanceRole;

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        String script = script().replace("${appRole}", appRole.replace("'", "''"))
                .replace("${maintenanceRole}", maintenanceRole.replace("'", "''"));
        Connection connection = context.getConnection();
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // One transaction: the advisory lock at its start is held until the tables are secured.
                statement.execute(script);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not secure the tenant tables: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "row-level security of the tenant tables";
    }

    private static String script() {
        try (InputStream in = TenantTablesSecured.class.getResourceAsStream("/db/row-level-security.sql")) {
            if (in == null) {
                throw new IllegalStateException("db/row-level-security.sql is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
