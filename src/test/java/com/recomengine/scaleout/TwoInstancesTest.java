package com.recomengine.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.recomengine.recommendations.GiftShop;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Two application instances on one PostgreSQL database (a fresh one, so that only this test's tenants are due) and
 * one Redis, each reaching PostgreSQL through its own TCP proxy: model builds spread over both and never run twice
 * at once for a tenant; a build whose instance loses PostgreSQL or stops mid-build is taken over by the other
 * within the lease; each scheduled job runs once per tick across both. Leases are 3 s here (30 s by default).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTest {

    static final Duration LEASE = Duration.ofSeconds(3);
    static final Duration BUILD_INTERVAL = Duration.ofSeconds(5);
    static final int TENANTS = 10;

    final String database =
            "recomengine_scaleout_" + UUID.randomUUID().toString().substring(0, 8);
    final List<Instance> instances = new ArrayList<>();
    SingleConnectionDataSource connection;
    JdbcTemplate jdbc;
    Shops shops;

    @BeforeAll
    void startTwoInstances() throws SQLException {
        // The instances run in this JVM: their threads' failures (cut connections) are theirs, not a failed wait.
        Awaitility.doNotCatchUncaughtExceptionsByDefault();
        onServer("CREATE DATABASE " + database);
        Map<String, Object> properties = Map.ofEntries(
                Map.entry("recomengine.recommendations.builds.workers", 2),
                Map.entry("recomengine.recommendations.builds.poll", "200ms"),
                Map.entry("recomengine.recommendations.builds.lease", LEASE.toMillis() + "ms"),
                Map.entry("recomengine.recommendations.first-build-delay", "0s"),
                Map.entry("recomengine.recommendations.build-interval", BUILD_INTERVAL.toMillis() + "ms"),
                Map.entry("recomengine.platform.outbox-resubmit-every", "2s"),
                Map.entry("recomengine.events.maintenance-cron", "*/2 * * * * *"),
                Map.entry("recomengine.platform.jobs.lock-at-least-for", "1s"),
                Map.entry("recomengine.platform.db.max-pool-size", 6));
        instances.add(Instance.start("instance-a", database, properties));
        instances.add(Instance.start("instance-b", database, properties));
        connection = new SingleConnectionDataSource(url(database), "postgres", "", true);
        jdbc = new JdbcTemplate(connection);
        // The trigger runs as its owner: the application role, which fires it, has no grant on the test's table.
        jdbc.execute("""
                CREATE TABLE test_builds (tenant_id UUID, started_at TIMESTAMPTZ, saved_at TIMESTAMPTZ, built_by TEXT);
                CREATE FUNCTION test_log_build() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
                BEGIN
                    INSERT INTO test_builds VALUES (NEW.tenant_id, NEW.built_at, clock_timestamp(), NEW.built_by);
                    RETURN NEW;
                END $$;
                CREATE TRIGGER test_log_build AFTER UPDATE OF built_at ON reco_state
                    FOR EACH ROW EXECUTE FUNCTION test_log_build();
                """);
        shops = new Shops(b().api);
    }

    @AfterAll
    void stopAndDropTheDatabase() throws SQLException {
        instances.forEach(Instance::close);
        Awaitility.reset();
        if (connection != null) {
            connection.destroy();
        }
        onServer("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    @Test
    @Order(1)
    void buildsOfManyTenantsSpreadOverBothInstancesAndNoTenantIsBuiltTwiceAtOnce() {
        List<UUID> tenants = new ArrayList<>();
        for (int i = 0; i < TENANTS; i++) {
            tenants.add(shops.open(GiftShop.catalog(), GiftShop.history(Instant.now())));
        }

        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> assertThat(jdbc.queryForObject(
                                "SELECT count(*) FROM reco_state WHERE generation IS NOT NULL AND tenant_id = ANY(?::uuid[])",
                                Long.class,
                                (Object) tenants.stream().map(UUID::toString).toArray(String[]::new)))
                        .isEqualTo(TENANTS));

        assertThat(jdbc.queryForList("SELECT DISTINCT split_part(built_by, '@', 1) FROM test_builds", String.class))
                .as("both instances built tenants")
                .containsExactlyInAnyOrder("instance-a", "instance-b");
        assertThat(jdbc.queryForList("""
                        SELECT a.tenant_id::text FROM test_builds a JOIN test_builds b
                          ON a.tenant_id = b.tenant_id AND a.ctid <> b.ctid
                         AND a.started_at < b.saved_at AND b.started_at < a.saved_at""", String.class))
                .as("tenants with two builds at once")
                .isEmpty();
    }

    @Test
    @Order(2)
    void eachScheduledJobRunsOncePerTickAcrossBothInstances() {
        for (String job : List.of("outbox-resubmission", "events-partitions")) {
            double before = runs(job);
            long started = System.nanoTime();
            await().atMost(Duration.ofSeconds(40)).until(() -> runs(job) >= before + 5);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(took)
                    .as("%s: five runs, at most one per 2 s tick over both instances", job)
                    .isGreaterThan(Duration.ofMillis(7_500));
        }
    }

    @Test
    @Order(3)
    void aBuildCutOffFromPostgresIsTakenOverAndTheNextBuildRunsWithinItsInterval() throws SQLException {
        UUID tenant;
        Instance cut;
        try (HeldBuilds held = new HeldBuilds(url(database))) {
            tenant = shops.open(GiftShop.catalog(), GiftShop.history(Instant.now()));
            cut = holder(tenant);
            cut.postgres.cut();
            Instance other = other(cut);
            await().atMost(LEASE.multipliedBy(5)).until(() -> leasedBy(tenant, other));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> builtBy(tenant, other(cut)));
        cut.postgres.restore();
        await().atMost(Duration.ofSeconds(20)).until(() -> ready(cut));

        Instant restored = Instant.now();
        shops.via(other(cut)).sendEvents(tenant, List.of(Shops.view("after-restore", "lamp", Instant.now())));
        await().atMost(BUILD_INTERVAL.plusSeconds(15)).until(() -> builtAfter(tenant, restored));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> shops.rebuild(cut.api, tenant).status() == 200);
    }

    @Test
    @Order(4)
    void aTenantWhoseInstanceStoppedMidBuildIsBuiltByTheOtherWithinAMinute() throws SQLException {
        UUID tenant;
        Instance stopped;
        Instant stoppedAt;
        try (HeldBuilds held = new HeldBuilds(url(database))) {
            tenant = shops.open(GiftShop.catalog(), GiftShop.history(Instant.now()));
            stopped = holder(tenant);
            stopped.close();
            stoppedAt = Instant.now();
            await().atMost(LEASE.multipliedBy(5)).until(() -> leasedBy(tenant, other(stopped)));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> builtBy(tenant, other(stopped)));
        assertThat(Duration.between(stoppedAt, Instant.now())).isLessThan(Duration.ofMinutes(1));
    }

    /** The instance holding the tenant's build (held at the generation's insert) once its data is in. */
    private Instance holder(UUID tenant) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> instances.stream().anyMatch(i -> i.running() && leasedBy(tenant, i)));
        return instances.stream().filter(i -> leasedBy(tenant, i)).findFirst().orElseThrow();
    }

    private static boolean ready(Instance instance) {
        return "UP"
                .equals(instance.api.get("/ready").send().json().get("status").asString());
    }

    private Instance other(Instance one) {
        return instances.stream().filter(i -> i != one).findFirst().orElseThrow();
    }

    private Instance b() {
        return instances.get(1);
    }

    private boolean leasedBy(UUID tenant, Instance instance) {
        return holds(tenant, "lease_owner LIKE ? AND lease_until > now()", instance.name + "@%");
    }

    private boolean builtBy(UUID tenant, Instance instance) {
        return holds(tenant, "generation IS NOT NULL AND built_by LIKE ?", instance.name + "@%");
    }

    private boolean builtAfter(UUID tenant, Instant at) {
        return holds(tenant, "built_at > ?", java.sql.Timestamp.from(at));
    }

    /** Whether the tenant's row in the build queue satisfies {@code condition} (false while it has none). */
    private boolean holds(UUID tenant, String condition, Object parameter) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT coalesce((SELECT " + condition + " FROM reco_state WHERE tenant_id = ?), false)",
                Boolean.class,
                parameter,
                tenant));
    }

    private double runs(String job) {
        return instances.stream()
                .mapToDouble(i -> i.count("recomengine.jobs.runs", "job", job))
                .sum();
    }

    static String url(String database) {
        return "jdbc:postgresql://" + Instance.DATABASE.getHost() + ":"
                + (Instance.DATABASE.getPort() < 0 ? 5432 : Instance.DATABASE.getPort()) + "/" + database;
    }

    private static void onServer(String sql) throws SQLException {
        try (Connection server = DriverManager.getConnection(url("postgres"), "postgres", "");
                Statement statement = server.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * Holds every build at the insert of its generation (an exclusive lock on {@code reco_generations}), so that a
     * test can act on an instance mid-build; closing lets them go on.
     */
    static final class HeldBuilds implements AutoCloseable {

        private final Connection connection;

        HeldBuilds(String url) throws SQLException {
            connection = DriverManager.getConnection(url, "postgres", "");
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("LOCK TABLE reco_generations IN EXCLUSIVE MODE");
            }
        }

        @Override
        public void close() throws SQLException {
            connection.rollback();
            connection.close();
        }
    }
}
