package com.recomengine.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;

/**
 * The schema changes the application makes while it runs (the monthly partitions of {@code events}): the
 * application role owns no table and may not make them, so they run as the tables' owner, each statement on its own
 * connection in auto-commit mode (a {@code DETACH PARTITION … CONCURRENTLY} refuses a transaction). After them, the
 * row-level security of every tenant table is made whole again — a new partition gets its policies and the
 * application role's grants at once (the same function Flyway's {@code afterMigrate} runs).
 */
@RequiredArgsConstructor
public final class SchemaChanges {

    private final DataSource owner;
    private final String appRole;
    private final String maintenanceRole;

    /** Runs {@code statements} in order as the owner, then secures every tenant table. */
    public void apply(String... statements) {
        try (Connection connection = owner.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
            try (PreparedStatement secure =
                    connection.prepareStatement("SELECT count(*) FROM recomengine_secure_tenant_tables(?, ?)")) {
                secure.setString(1, appRole);
                secure.setString(2, maintenanceRole);
                secure.execute();
            }
        } catch (SQLException e) {
            RuntimeException translated =
                    new SQLStateSQLExceptionTranslator().translate("schema change", String.join("; ", statements), e);
            throw translated != null ? translated : new IllegalStateException(e);
        }
    }
}
