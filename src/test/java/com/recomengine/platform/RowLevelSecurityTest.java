package com.recomengine.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import com.recomengine.experiments.ExperimentRequests;
import com.recomengine.recommendations.GiftShop;
import com.recomengine.support.HttpTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The second wall between tenants (SPEC §5, adr/0006-row-level-security.md): two shops are filled through the real API (catalog, events,
 * a batch with an idempotency key, retention, a widget, an experiment, a model build), then every tenant table
 * found in the catalog — not a hand-kept list, so a table added later is checked too — is read and written as the
 * application role with statements that carry NO tenant condition. With shop A's setting nothing of shop B shows
 * and every row of A does; with no setting nothing shows; writing B's id into a row is refused by the policy.
 */
class RowLevelSecurityTest extends HttpTest {

    private static final String TENANT_TABLES = """
            SELECT c.relname FROM pg_class c
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
            WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
            ORDER BY c.relname""";
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Value("${recomengine.platform.db.url}")
    String url;

    @Value("${recomengine.platform.db.username}")
    String appRole;

    @Value("${recomengine.platform.db.owner-username}")
    String owner;

    @Test
    void aQueryWithoutItsTenantConditionSeesOnlyTheTenantOfItsConnection() throws Exception {
        Admin admin = signUpAndLogIn();
        UUID a = openShop(admin);
        UUID b = openShop(admin);

        try (Connection asOwner = DriverManager.getConnection(url, owner, null);
                Connection asApp = DriverManager.getConnection(url, appRole, null)) {
            assertTheApplicationRoleIsNeitherSuperuserNorOwner(asOwner);
            List<String> tables = strings(asOwner, TENANT_TABLES);
            assertThat(tables).contains("events", "products", "api_keys", "reco_state", "widgets", "experiments");
            copyRowsOfAToBWhereBHasNone(asOwner, tables, a, b);

            Map<String, String> checked = new LinkedHashMap<>();
            for (String table : tables) {
                assertPolicies(asOwner, table);
                long ofA = count(asOwner, "SELECT count(*) FROM " + table + " WHERE tenant_id = ?", a);
                long ofB = count(asOwner, "SELECT count(*) FROM " + table + " WHERE tenant_id = ?", b);

                setTenant(asApp, "");
                assertThat(count(asApp, "SELECT count(*) FROM " + table))
                        .as("%s without a tenant setting", table)
                        .isZero();

                setTenant(asApp, a.toString());
                assertThat(count(asApp, "SELECT count(*) FROM " + table + " WHERE tenant_id <> ?", a))
                        .as("%s: rows of another tenant seen with A's setting", table)
                        .isZero();
                assertThat(count(asApp, "SELECT count(*) FROM " + table))
                        .as("%s: every row of A, no other", table)
                        .isEqualTo(ofA);
                if (ofA > 0) {
                    assertWritingAnotherTenantsIdIsRefused(asApp, table, b);
                }
                checked.put(table, "A " + ofA + " rows, B " + ofB + " rows" + (ofA > 0 ? ", writes checked" : ""));
            }
            StringBuilder report = new StringBuilder("Row-level security checked on " + tables.size() + " tables:");
            checked.forEach((table, note) ->
                    report.append("\n  ").append(table).append(": ").append(note));
            System.out.println(report);
            // The shops were filled enough that the wall was seen holding, not just standing.
            assertThat(checked.values().stream().filter(note -> note.contains("writes checked")))
                    .hasSizeGreaterThanOrEqualTo(12);
        }
    }

    /** A tenant filled through the public API, its rows spread over most tenant tables. */
    private UUID openShop(Admin admin) {
        UUID tenant = UUID.fromString(createTenant(admin));
        String key = issueKey(admin, tenant.toString(), "secret", "read-write");
        var products = api.post("/api/v1/catalog/products/batch", Map.of("products", GiftShop.catalog()))
                .key(key)
                .send();
        assertThat(products.status()).as(products.body()).isEqualTo(200);
        var events = api.post("/api/v1/events/batch", Map.of("events", GiftShop.history(Instant.now())))
                .key(key)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .send();
        assertThat(events.status()).as(events.body()).isEqualTo(200);
        String base = "/api/v1/tenants/" + tenant;
        var retention = api.patch(base, Map.of("retentionDays", 120))
                .bearer(admin.accessToken())
                .send();
        assertThat(retention.status()).as(retention.body()).isEqualTo(200);
        var widget = api.post(base + "/widgets", Map.of("placementId", "home", "layout", "grid", "strategy", "auto"))
                .bearer(admin.accessToken())
                .send();
        assertThat(widget.status()).as(widget.body()).isEqualTo(201);
        var experiment = api.post(
                        base + "/experiments", ExperimentRequests.experiment("pdp", "popular", "trending", 50))
                .bearer(admin.accessToken())
                .send();
        assertThat(experiment.status()).as(experiment.body()).isEqualTo(201);
        var rebuild = api.post(base + "/recommendations/rebuild")
                .bearer(admin.accessToken())
                .send();
        assertThat(rebuild.status()).as(rebuild.body()).isEqualTo(200);
        assertThat(rebuild.json().get("tenantId").asString()).isEqualTo(tenant.toString());
        var rule = api.post(
                        base + "/rules",
                        Map.of("name", "No gift cards", "action", "exclude", "condition", "item.price > 1000.0"))
                .bearer(admin.accessToken())
                .send();
        assertThat(rule.status()).as(rule.body()).isEqualTo(201);
        var invitation = api.post(
                        base + "/members",
                        Map.of("email", "analyst-" + tenant + "@shop.example.com", "role", "analyst"))
                .bearer(admin.accessToken())
                .send();
        assertThat(invitation.status()).as(invitation.body()).isIn(200, 201, 202);
        var recompute = api.post(base + "/analytics/recompute")
                .bearer(admin.accessToken())
                .send();
        assertThat(recompute.status()).as(recompute.body()).isEqualTo(200);
        // The listeners (stale analytics days, retention) run after the commits: the second they always had, and
        // until the retention listener's row is there.
        await("the listeners after the commits")
                .dontCatchUncaughtExceptions()
                .pollDelay(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> retentionRecorded(tenant, 120));
        return tenant;
    }

    private boolean retentionRecorded(UUID tenant, int days) throws SQLException {
        try (Connection asOwner = DriverManager.getConnection(url, owner, null)) {
            return count(
                            asOwner,
                            "SELECT count(*) FROM event_retention WHERE tenant_id = ? AND retention_days = ?",
                            tenant,
                            days)
                    == 1;
        }
    }

    private void assertTheApplicationRoleIsNeitherSuperuserNorOwner(Connection asOwner) throws SQLException {
        try (PreparedStatement query = asOwner.prepareStatement("""
                SELECT r.rolsuper, r.rolbypassrls, r.rolinherit,
                       (SELECT count(*) FROM pg_class c WHERE c.relowner = r.oid
                          AND c.relnamespace = current_schema()::regnamespace)
                FROM pg_roles r WHERE r.rolname = ?""")) {
            query.setString(1, appRole);
            try (ResultSet role = query.executeQuery()) {
                assertThat(role.next()).as("the application role exists").isTrue();
                assertThat(role.getBoolean(1)).as("superuser").isFalse();
                assertThat(role.getBoolean(2)).as("bypasses row-level security").isFalse();
                assertThat(role.getBoolean(3))
                        .as("inherits the maintenance role's policies")
                        .isFalse();
                assertThat(role.getLong(4)).as("tables it owns").isZero();
            }
        }
    }

    private static void assertPolicies(Connection asOwner, String table) throws SQLException {
        try (PreparedStatement query = asOwner.prepareStatement("""
                SELECT c.relrowsecurity, c.relforcerowsecurity,
                       (SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = 'tenant_isolation'),
                       (SELECT pg_get_expr(p.polqual, p.polrelid) FROM pg_policy p
                        WHERE p.polrelid = c.oid AND p.polname = 'tenant_isolation')
                FROM pg_class c WHERE c.oid = ?::regclass""")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                assertThat(rows.getBoolean(1))
                        .as("%s: row-level security enabled", table)
                        .isTrue();
                assertThat(rows.getBoolean(2))
                        .as("%s: row-level security forced", table)
                        .isTrue();
                assertThat(rows.getLong(3)).as("%s: tenant policy", table).isEqualTo(1);
                assertThat(rows.getString(4))
                        .as("%s: the tenant setting read once per statement (a sub-select), not once per row", table)
                        .contains("SELECT");
            }
        }
    }

    /**
     * Tables the API filled for A alone (B's model build found nothing new, say) get B's copy of A's rows, so that
     * "nothing of B" is checked against rows of B that exist. A copy a unique key refuses is left out.
     */
    private static void copyRowsOfAToBWhereBHasNone(Connection asOwner, List<String> tables, UUID a, UUID b)
            throws SQLException {
        for (int pass = 0; pass < 3; pass++) {
            for (String table : tables) {
                if (count(asOwner, "SELECT count(*) FROM " + table + " WHERE tenant_id = ?", b) > 0) {
                    continue;
                }
                try (PreparedStatement copy =
                        asOwner.prepareStatement(copyOf(asOwner, table, "?::text") + " WHERE x.tenant_id = ?")) {
                    copy.setString(1, b.toString());
                    copy.setObject(2, a);
                    copy.executeUpdate();
                } catch (SQLException refused) {
                    // a unique key or a reference the copy cannot meet: that table is checked with A's rows alone
                }
            }
        }
    }

    private static void assertWritingAnotherTenantsIdIsRefused(Connection asApp, String table, UUID b)
            throws SQLException {
        asApp.setAutoCommit(false);
        try {
            expectRefused(
                    asApp, table + ": moving a row of A to B", "UPDATE " + table + " SET tenant_id = '" + b + "'");
            expectRefused(
                    asApp, table + ": inserting a row of B", copyOf(asApp, table, "'" + b + "'::text") + " LIMIT 1");
        } finally {
            asApp.rollback();
            asApp.setAutoCommit(true);
        }
    }

    /** An INSERT of the rows of {@code x} (the table) with another tenant id, generated columns left out. */
    private static String copyOf(Connection connection, String table, String tenant) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT quote_ident(attname) FROM pg_attribute
                WHERE attrelid = ?::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
                ORDER BY attnum""")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        String list = String.join(", ", columns);
        // OVERRIDING SYSTEM VALUE: a copied row keeps its identity column's value (audit entries' ids are generated).
        return "INSERT INTO " + table + " (" + list + ") OVERRIDING SYSTEM VALUE SELECT "
                + columns.stream().map(c -> "r." + c).collect(java.util.stream.Collectors.joining(", "))
                + " FROM " + table + " x, LATERAL jsonb_populate_record(NULL::" + table
                + ", to_jsonb(x) || jsonb_build_object('tenant_id', " + tenant + ")) r";
    }

    private static void expectRefused(Connection connection, String what, String sql) throws SQLException {
        Savepoint before = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
            fail(what + " was not refused");
        } catch (SQLException refused) {
            assertThat(refused.getSQLState())
                    .as(what + ": " + refused.getMessage())
                    .isEqualTo(INSUFFICIENT_PRIVILEGE);
        } finally {
            connection.rollback(before);
        }
    }

    private static void setTenant(Connection connection, String tenant) throws SQLException {
        try (PreparedStatement set =
                connection.prepareStatement("SELECT set_config('recomengine.tenant_id', ?, false)")) {
            set.setString(1, tenant);
            set.execute();
        }
    }

    private static long count(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
