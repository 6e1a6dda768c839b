package com.recomengine.platform.internal.data;

import com.recomengine.platform.DatabaseCircuit;
import com.recomengine.platform.internal.PlatformProperties;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one DataSource: the configured PostgreSQL, or, when none is configured, a real PostgreSQL started from the
 * embedded binaries with its data under the data directory so that a restart keeps it.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(PlatformProperties properties, EmbeddedDatabaseHolder embedded) {
        PlatformProperties.Db db = properties.db();
        Path dataDir = properties.dataDir();
        int embeddedPort = db.embeddedPort();
        HikariConfig config = new HikariConfig();
        if (!db.external()) {
            EmbeddedPostgres postgres = embedded.start(dataDir.resolve("postgres"), embeddedPort);
            config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
            config.setUsername("postgres");
            log.info(
                    "No RECOMENGINE_DB_URL configured: using embedded PostgreSQL on port {} with data in {}",
                    embeddedPort,
                    dataDir.resolve("postgres").toAbsolutePath());
        } else {
            config.setJdbcUrl(db.url());
            config.setUsername(db.username());
            if (db.password() != null && !db.password().isBlank()) {
                config.setPassword(db.password());
            }
        }
        config.setMaximumPoolSize(db.maxPoolSize());
        // A fixed-size pool by default; tests, which keep several application contexts alive, keep fewer idle.
        config.setMinimumIdle(db.minIdle() < 0 ? db.maxPoolSize() : db.minIdle());
        config.setIdleTimeout(60_000);
        config.setConnectionTimeout(3_000);
        config.setValidationTimeout(1_000);
        config.setPoolName("recomengine");
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    /** Opened by the first failure to reach PostgreSQL, closed by a probe once a second. */
    @Bean(destroyMethod = "close")
    DatabaseCircuit databaseCircuit(HikariDataSource dataSource) {
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
