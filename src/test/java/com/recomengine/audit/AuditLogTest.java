package com.recomengine.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.recomengine.experiments.ExperimentRequests;
import com.recomengine.identity.internal.LoggingMailSender;
import com.recomengine.platform.SchemaChanges;
import com.recomengine.support.Api;
import com.recomengine.support.HttpTest;
import com.recomengine.support.InvitationMail;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The audit log of a whole flow, its filters and paging, and a table the application can only append to. */
class AuditLogTest extends HttpTest {

    @Autowired
    LoggingMailSender mailbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SchemaChanges schema;

    @Test
    void aWholeFlowLeavesOneEntryPerChangeWithActorRequestIdAndNoSecrets() {
        Admin owner = signUpAndLogIn();
        String tenant = createTenant(owner);
        String base = "/api/v1/tenants/" + tenant;

        Admin analyst = signUpAndLogIn();
        send(owner, api.post(base + "/members", Map.of("email", analyst.email(), "role", "analyst")), 201);
        var joined = send(analyst, api.post("/api/v1/invitations/" + token(analyst.email()) + "/accept"), 200);
        var key = send(
                owner,
                api.post(base + "/api-keys", Map.of("name", "Server", "type", "secret", "permissions", "read")),
                201);
        var experiment = send(
                analyst,
                api.post(base + "/experiments", ExperimentRequests.experiment("home", "popular", "trending", 50)),
                201);
        send(
                analyst,
                api.post(base + "/experiments/" + experiment.json().get("id").asString() + "/start"),
                200);
        String keyId = key.json().get("id").asString();
        var revoke = api.delete(base + "/api-keys/" + keyId).header("X-Request-ID", "revoke-" + UUID.randomUUID());
        String revokeRequest = send(owner, revoke, 200).header("x-request-id");
        send(owner, api.delete(base + "/members/" + joined.json().get("id").asString()), 204);

        JsonNode entries = audit(owner, base + "/audit?size=50").get("data");
        List<String> actions =
                entries.valueStream().map(e -> e.get("action").asString()).toList();
        System.out.println("Audit log of the flow (newest first):");
        entries.valueStream().forEach(e -> System.out.println("  " + e));
        assertThat(actions)
                .containsExactly(
                        "member.removed",
                        "key.revoked",
                        "experiment.started",
                        "experiment.created",
                        "key.created",
                        "member.joined",
                        "member.invited",
                        "tenant.created");

        JsonNode revoked = entries.get(1);
        assertThat(revoked.get("actorEmail").asString()).isEqualTo(owner.email());
        assertThat(revoked.get("targetType").asString()).isEqualTo("api-key");
        assertThat(revoked.get("targetId").asString()).isEqualTo(keyId);
        assertThat(revoked.get("requestId").asString()).isEqualTo(revokeRequest);
        assertThat(revoked.get("ip").asString()).isNotBlank();
        assertThat(revoked.get("changes").get("status").get("before").asString())
                .isEqualTo("active");
        assertThat(revoked.get("changes").get("status").get("after").asString()).isEqualTo("revoked");
        assertThat(entries.get(2).get("actorEmail").asString()).isEqualTo(analyst.email());
        assertThat(entries.get(2).get("changes").get("status").get("after").asString())
                .isEqualTo("running");
        assertThat(entries.get(0).get("changes").get("role").get("before").asString())
                .isEqualTo("analyst");
        assertThat(entries.toString()).doesNotContain(key.json().get("key").asString());
    }

    @Test
    void filtersByActionActorAndTimeAndPagesWithACursor() {
        Admin owner = signUpAndLogIn();
        String tenant = createTenant(owner);
        String base = "/api/v1/tenants/" + tenant;
        for (int i = 0; i < 3; i++) {
            send(
                    owner,
                    api.post(base + "/api-keys", Map.of("name", "k" + i, "type", "secret", "permissions", "read")),
                    201);
        }
        JsonNode first = audit(owner, base + "/audit?action=key&size=2");
        assertThat(first.get("data").size()).isEqualTo(2);
        String cursor = first.get("nextCursor").asString();
        JsonNode second = audit(owner, base + "/audit?action=key&size=2&cursor=" + cursor);
        assertThat(second.get("data").size()).isEqualTo(1);
        assertThat(second.get("nextCursor").isNull()).isTrue();
        assertThat(audit(owner, base + "/audit?action=key.created&actor=" + owner.email())
                        .get("data")
                        .size())
                .isEqualTo(3);
        assertThat(audit(owner, base + "/audit?actor=someone@else.test")
                        .get("data")
                        .size())
                .isZero();
        assertThat(audit(owner, base + "/audit?from=2000-01-01T00:00:00Z&to=2001-01-01T00:00:00Z")
                        .get("data")
                        .size())
                .isZero();
        assertProblem(
                api.get(base + "/audit?from=2030-01-01T00:00:00Z&to=2001-01-01T00:00:00Z")
                        .bearer(owner.accessToken())
                        .send(),
                400);
        assertProblem(
                api.get(base + "/audit?cursor=abc").bearer(owner.accessToken()).send(), 400);
    }

    @Test
    void theApplicationCanAppendButNeitherChangeNorRemoveEntriesYoungerThanAYear() {
        Admin owner = signUpAndLogIn();
        String tenant = createTenant(owner);
        long id =
                jdbc.queryForObject("SELECT max(id) FROM audit_entries WHERE tenant_id = ?::uuid", Long.class, tenant);

        assertThatThrownBy(() -> jdbc.update("UPDATE audit_entries SET action = 'forged' WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entries WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        // Refused by the grants (the application role has no TRUNCATE) or, for a role that has it, by the trigger.
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE audit_entries"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageMatching("(?s).*(append-only|permission denied).*");
        // An insert cannot back-date an entry either: the database stamps its time.
        jdbc.update(
                "INSERT INTO audit_entries (tenant_id, at, action, target_type, target_id) VALUES (?::uuid,"
                        + " now() - interval '2 years', 'tenant.forged', 'tenant', 'x')",
                tenant);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_entries WHERE tenant_id = ?::uuid AND at < now() - interval '1 year'",
                        Long.class,
                        tenant))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT action FROM audit_entries WHERE id = ?", String.class, id))
                .isEqualTo("tenant.created");
    }

    @Test
    void theYearlyPurgeRemovesOnlyEntriesOlderThanAYear() {
        Admin owner = signUpAndLogIn();
        String tenant = createTenant(owner);
        // A two-year-old entry, as only the table's owner can make one (the stamp trigger off for that insert).
        schema.apply("ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_stamp");
        try {
            jdbc.update(
                    "INSERT INTO audit_entries (tenant_id, at, action, target_type, target_id) VALUES (?::uuid,"
                            + " now() - interval '2 years', 'tenant.updated', 'tenant', ?)",
                    tenant,
                    tenant);
        } finally {
            schema.apply("ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_stamp");
        }
        assertThat(count(tenant)).isEqualTo(2);

        jdbc.update("DELETE FROM audit_entries WHERE at < now() - INTERVAL '1 year'");

        assertThat(count(tenant)).isEqualTo(1);
        assertThat(audit(owner, "/api/v1/tenants/" + tenant + "/audit")
                        .get("data")
                        .get(0)
                        .get("action")
                        .asString())
                .isEqualTo("tenant.created");
    }

    private long count(String tenant) {
        return jdbc.queryForObject("SELECT count(*) FROM audit_entries WHERE tenant_id = ?::uuid", Long.class, tenant);
    }

    private JsonNode audit(Admin admin, String path) {
        var response = api.get(path).bearer(admin.accessToken()).send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private Api.Response send(Admin admin, Api.Request request, int status) {
        var response = request.bearer(admin.accessToken()).send();
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response;
    }

    private String token(String email) {
        return InvitationMail.token(mailbox, email);
    }
}
