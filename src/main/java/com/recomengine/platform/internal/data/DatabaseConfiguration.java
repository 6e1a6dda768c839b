package com.recomengine.platform.internal.data;

import com.recomengine.platform.DatabaseCircuit;
import com.recomengine.platform.SchemaChanges;
import com.recomengine.platform.internal.PlatformProperties;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.flywaydb.core.api.callback.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one DataSource: the configured PostgreSQL, or, when none is configured, a real PostgreSQL started from the
 * embedded binaries with its data under the data directory so that a restart keeps it. The pool connects as the
 * application role, which neither owns the tables nor bypasses row-level security ({@link TenantConnections}
 * sets each connection's tenant); Flyway connects as the owner.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    /**
     * Where PostgreSQL is and who connects: the application role for the pool, the owner for migrations and the
     * few schema changes made at run time (the events partitions). Starts the embedded server when none is
     * configured, and creates the application and maintenance roles when they are missing.
     */
    @Bean
    DatabaseAccounts databaseAccounts(PlatformProperties properties, EmbeddedDatabaseHolder embedded) {
        PlatformProperties.Db db = properties.db();
        DatabaseAccounts accounts;
        if (!db.external()) {
            Path dataDir = properties.dataDir();
            EmbeddedPostgres postgres = embedded.start(dataDir.resolve("postgres"), db.embeddedPort());
            accounts = new DatabaseAccounts(
                    postgres.getJdbcUrl("postgres", "postgres").replaceFirst("\\?.*$", "")
                            + "?reWriteBatchedInserts=true",
                    db.username(),
                    db.password(),
                    "postgres",
                    null,
                    db.maintenanceRole());
            log.info(
                    "No RECOMENGINE_DB_URL configured: using embedded PostgreSQL on port {} with data in {}",
                    db.embeddedPort(),
                    dataDir.resolve("postgres").toAbsolutePath());
        } else {
            accounts = new DatabaseAccounts(
                    db.url(),
                    db.username(),
                    db.password(),
                    db.ownerUsername(),
                    db.ownerPassword(),
                    db.maintenanceRole());
        }
        accounts.ensureRoles();
        return accounts;
    }

    @Bean(destroyMethod = "close")
    TenantConnections dataSource(PlatformProperties properties, DatabaseAccounts accounts) {
        PlatformProperties.Db db = properties.db();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(accounts.url());
        config.setUsername(accounts.appUser());
        if (accounts.appPassword() != null && !accounts.appPassword().isBlank()) {
            config.setPassword(accounts.appPassword());
        }
        config.setMaximumPoolSize(db.maxPoolSize());
        // A fixed-size pool by default; tests, which keep several application contexts alive, keep fewer idle.
        config.setMinimumIdle(db.minIdle() < 0 ? db.maxPoolSize() : db.minIdle());
        config.setIdleTimeout(60_000);
        config.setConnectionTimeout(3_000);
        config.setValidationTimeout(1_000);
        config.setPoolName("recomengine");
        config.setInitializationFailTimeout(-1);
        return new TenantConnections(new HikariDataSource(config), accounts.maintenanceRole());
    }

    @Bean
    SchemaChanges schemaChanges(DatabaseAccounts accounts) {
        return new SchemaChanges(accounts.ownerDataSource(), accounts.appUser(), accounts.maintenanceRole());
    }

    /** Migrations run as the owner of the tables. */
    @Bean
    FlywayConfigurationCustomizer flywayAsOwner(DatabaseAccounts accounts) {
        return configuration -> configuration.dataSource(accounts.ownerDataSource());
    }

    /** After every migrate, every tenant table is secured (row-level security, policies, grants). */
    @Bean
    Callback tenantTablesSecured(DatabaseAccounts accounts) {
        return new TenantTablesSecured(accounts.appUser(), accounts.maintenanceRole());
    }

    /** Opened by the first failure to reach PostgreSQL, closed by a probe once a second. */
    @Bean(destroyMethod = "close")
    DatabaseCircuit databaseCircuit(TenantConnections dataSource) {
        return new DatabaseCircuit(dataSource, Duration.ofSeconds(1));
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseHolder embeddedDatabaseHolder() {
        return new EmbeddedDatabaseHolder();
    }

    /** Owns the embedded server (if any) so that it stops after the pool closes. */
    static final class EmbeddedDatabaseHolder implements AutoCloseable {

        private EmbeddedPostgres postgres;

        EmbeddedPostgres start(Path directory, int port) {
            try {
                Files.createDirectories(directory);
                postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(directory)
                        .setCleanDataDirectory(false)
                        .setPort(port)
                        .setServerConfig("max_connections", "100")
                        // Stopped by close() once the pool is closed, after everything that uses it; the library's
                        // own JVM shutdown hook would stop it at once, beside the context's and before it is done.
                        .setRegisterShutdownHook(false)
                        .start();
                return postgres;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
            }
        }

        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
