package com.recomengine.experiments;

import static com.recomengine.experiments.ExperimentRequests.experiment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.recomengine.experiments.internal.Buckets;
import com.recomengine.shared.TenantId;
import com.recomengine.support.Api;
import com.recomengine.support.HttpTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** An experiment's life through the admin API, and what the recommendation resolver sees of it meanwhile. */
class ExperimentLifecycleTest extends HttpTest {

    @Autowired
    Experiments facade;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void draftRunsPausesResumesCompletesAndPromotesItsWinner() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        TenantId tenantId = TenantId.of(tenant);
        String base = "/api/v1/tenants/" + tenant + "/experiments";

        JsonNode draft = created(admin, base, experiment("home-top", "popular", "collaborative", 50));
        String id = draft.get("id").asString();
        assertThat(draft.get("status").asString()).isEqualTo("draft");
        assertThat(draft.get("trafficSplit").asInt()).isEqualTo(50);
        assertThat(draft.get("primaryMetric").asString()).isEqualTo("conversion_rate");
        assertThat(draft.get("guardrailMetric").asString()).isEqualTo("revenue_per_user");
        assertThat(draft.get("startedAt").isNull()).isTrue();
        assertProblem(send(admin, api.get(base + "/" + id + "/results")), 409);
        assertThat(facade.assignmentFor(tenantId, "home-top", "user-1")).isEmpty();

        var renamed =
                send(admin, api.patch(base + "/" + id, Map.of("name", "Collaborative on home", "trafficSplit", 20)));
        assertThat(renamed.json().get("name").asString()).isEqualTo("Collaborative on home");
        assertThat(renamed.json().get("trafficSplit").asInt()).isEqualTo(20);

        JsonNode running = send(admin, api.post(base + "/" + id + "/start")).json();
        assertThat(running.get("status").asString()).isEqualTo("running");
        Instant startedAt = Instant.parse(running.get("startedAt").asString());
        assertIllegal(send(admin, api.post(base + "/" + id + "/start")), "running");
        assertProblem(send(admin, api.patch(base + "/" + id, Map.of("trafficSplit", 30))), 409);
        assertThat(send(admin, api.patch(base + "/" + id, Map.of("name", "Renamed while running")))
                        .status())
                .isEqualTo(200);
        assertProblem(send(admin, api.delete(base + "/" + id)), 409);

        Assignment assignment = eventually(() -> facade.assignmentFor(tenantId, "home-top", "user-1"));
        Variant expected = Buckets.assign(id, "user-1", 20);
        assertThat(assignment.experimentId()).isEqualTo(UUID.fromString(id));
        assertThat(assignment.variant()).isEqualTo(expected);
        assertThat(assignment.strategy()).isEqualTo(expected == Variant.CONTROL ? "popular" : "collaborative");
        assertThat(facade.assignmentFor(tenantId, "home-top", "user-1")).contains(assignment);
        assertThat(facade.assignmentFor(tenantId, "other-placement", "user-1")).isEmpty();
        assertThat(facade.assignmentFor(TenantId.of(UUID.randomUUID().toString()), "home-top", "user-1"))
                .isEmpty();

        var noData = send(admin, api.get(base + "/" + id + "/results"));
        assertThat(noData.status()).isEqualTo(200);
        assertThat(noData.json().get("control").get("users").asLong()).isZero();
        assertThat(noData.json()
                        .get("comparisons")
                        .get("conversionRate")
                        .get("pValue")
                        .isNull())
                .isTrue();
        assertThat(noData.json().get("verdict").asString()).isEqualTo("inconclusive");

        JsonNode paused = send(admin, api.post(base + "/" + id + "/pause")).json();
        assertThat(paused.get("status").asString()).isEqualTo("paused");
        assertIllegal(send(admin, api.post(base + "/" + id + "/pause")), "paused");
        eventuallyEmpty(() -> facade.assignmentFor(tenantId, "home-top", "user-1"));

        JsonNode resumed = send(admin, api.post(base + "/" + id + "/start")).json();
        assertThat(resumed.get("status").asString()).isEqualTo("running");
        assertThat(Instant.parse(resumed.get("startedAt").asString())).isEqualTo(startedAt);

        JsonNode completed =
                send(admin, api.post(base + "/" + id + "/complete")).json();
        assertThat(completed.get("status").asString()).isEqualTo("completed");
        assertThat(completed.get("completedAt").isNull()).isFalse();
        assertIllegal(send(admin, api.post(base + "/" + id + "/start")), "completed");
        assertIllegal(send(admin, api.post(base + "/" + id + "/pause")), "completed");
        assertIllegal(send(admin, api.post(base + "/" + id + "/complete")), "completed");
        eventuallyEmpty(() -> facade.assignmentFor(tenantId, "home-top", "user-1"));

        // Without interaction data there is no winner: promoting needs the arm named.
        var noWinner = send(admin, api.post(base + "/" + id + "/promote"));
        assertProblem(noWinner, 409);
        assertThat(noWinner.json().get("verdict").asString()).isEqualTo("inconclusive");
        assertThat(facade.placementDefault(tenantId, "home-top")).isEmpty();
        JsonNode promoted = send(admin, api.post(base + "/" + id + "/promote", Map.of("variant", "variant")))
                .json();
        assertThat(promoted.get("promotedVariant").asString()).isEqualTo("variant");
        assertThat(eventually(() -> facade.placementDefault(tenantId, "home-top")))
                .isEqualTo("collaborative");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM placement_defaults WHERE tenant_id = ?::uuid", Long.class, tenant))
                .isEqualTo(1);

        assertThat(send(admin, api.get(base + "?status=completed"))
                        .json()
                        .get("data")
                        .size())
                .isEqualTo(1);
        assertThat(send(admin, api.get(base + "?status=running"))
                        .json()
                        .get("data")
                        .size())
                .isZero();
        assertThat(send(admin, api.delete(base + "/" + id)).status()).isEqualTo(204);
        assertProblem(send(admin, api.get(base + "/" + id)), 404);
        assertThat(facade.placementDefault(tenantId, "home-top")).contains("collaborative");
    }

    @Test
    void onlyOneExperimentRunsOnAPlacement() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        String base = "/api/v1/tenants/" + tenant + "/experiments";
        String first = created(admin, base, experiment("pdp", "popular", "trending", 50))
                .get("id")
                .asString();
        String second = created(admin, base, experiment("pdp", "content_based", "trending", 50))
                .get("id")
                .asString();
        String elsewhere = created(admin, base, experiment("cart", "popular", "trending", 50))
                .get("id")
                .asString();

        assertThat(send(admin, api.post(base + "/" + first + "/start")).status())
                .isEqualTo(200);
        var busy = send(admin, api.post(base + "/" + second + "/start"));
        assertProblem(busy, 409);
        assertThat(busy.json().get("runningExperimentId").asString()).isEqualTo(first);
        assertThat(send(admin, api.post(base + "/" + elsewhere + "/start")).status())
                .isEqualTo(200);

        // The partial unique index holds even against a writer that skips the service.
        assertThatThrownBy(() -> jdbc.update(
                        "UPDATE experiments SET status = 'RUNNING', started_at = now() " + "WHERE id = ?::uuid",
                        second))
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(send(admin, api.post(base + "/" + first + "/pause")).status())
                .isEqualTo(200);
        assertThat(send(admin, api.post(base + "/" + second + "/start")).status())
                .isEqualTo(200);
        assertProblem(send(admin, api.post(base + "/" + first + "/start")), 409);
        assertThat(send(admin, api.get(base + "/" + first)).json().get("status").asString())
                .isEqualTo("paused");
    }

    @Test
    void seesAChangeMadeOnAnotherInstanceWithinASecond() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        TenantId tenantId = TenantId.of(tenant);
        String base = "/api/v1/tenants/" + tenant + "/experiments";
        String id = created(admin, base, experiment("footer", "popular", "trending", 50))
                .get("id")
                .asString();
        assertThat(send(admin, api.post(base + "/" + id + "/start")).status()).isEqualTo(200);
        eventually(() -> facade.assignmentFor(tenantId, "footer", "someone"));

        // Another instance pauses it: only the database changes here, no local refresh is triggered.
        jdbc.update("UPDATE experiments SET status = 'PAUSED' WHERE id = ?::uuid", id);
        long start = System.nanoTime();
        eventuallyEmpty(() -> facade.assignmentFor(tenantId, "footer", "someone"));
        // Reloads run every 500 ms, so this is typically well under a second; the bound leaves slack for a busy
        // shared machine rather than measuring it.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
    }

    @Test
    void rejectsBadInputWithTheFailingFieldsAndChangesNothing() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        String base = "/api/v1/tenants/" + tenant + "/experiments";

        Map<String, Object> body = experiment("home", "popular", "trending", 0);
        body.put("variantStrategy", "random");
        body.put("primaryMetric", "clicks");
        body.put("placementId", "has space");
        var invalid = send(admin, api.post(base, body));
        assertProblem(invalid, 400);
        assertThat(fieldsOf(invalid))
                .containsExactlyInAnyOrder("trafficSplit", "variantStrategy", "primaryMetric", "placementId");

        Map<String, Object> tooMuch = experiment("home", "popular", "trending", 100);
        assertThat(fieldsOf(send(admin, api.post(base, tooMuch)))).containsExactly("trafficSplit");
        Map<String, Object> sameMetric = experiment("home", "popular", "trending", 50);
        sameMetric.put("guardrailMetric", "conversion_rate");
        assertThat(fieldsOf(send(admin, api.post(base, sameMetric)))).containsExactly("guardrailMetric");
        Map<String, Object> unknown = experiment("home", "popular", "trending", 50);
        unknown.put("winner", "variant");
        assertThat(fieldsOf(send(admin, api.post(base, unknown)))).containsExactly("winner");
        Map<String, Object> missing = experiment("home", "popular", "trending", 50);
        missing.remove("controlStrategy");
        missing.remove("name");
        assertThat(fieldsOf(send(admin, api.post(base, missing)))).containsExactlyInAnyOrder("controlStrategy", "name");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM experiments WHERE tenant_id = ?::uuid", Long.class, tenant))
                .isZero();

        String id = created(admin, base, experiment("home", "popular", "trending", 50))
                .get("id")
                .asString();
        assertThat(fieldsOf(send(admin, api.patch(base + "/" + id, Map.of("guardrailMetric", "conversion_rate")))))
                .containsExactly("guardrailMetric");
        var cleared = send(admin, api.patch(base + "/" + id, Map.of("guardrailMetric", "none")));
        assertThat(cleared.json().get("guardrailMetric").isNull()).isTrue();
        assertProblem(send(admin, api.post(base + "/" + id + "/promote", Map.of("variant", "both"))), 400);
        assertIllegal(send(admin, api.post(base + "/" + id + "/promote", Map.of("variant", "control"))), "draft");
        assertIllegal(send(admin, api.post(base + "/" + id + "/pause")), "draft");
        assertIllegal(send(admin, api.post(base + "/" + id + "/complete")), "draft");
        assertProblem(send(admin, api.get(base + "/" + UUID.randomUUID())), 404);
        assertProblem(send(admin, api.get(base + "/not-a-uuid")), 400);
        assertProblem(send(admin, api.get(base + "?status=finished")), 400);
        assertProblem(api.get(base).send(), 401);
    }

    private JsonNode created(Admin admin, String base, Map<String, Object> body) {
        var response = send(admin, api.post(base, body));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static Api.Response send(Admin admin, Api.Request request) {
        return request.bearer(admin.accessToken()).send();
    }

    private static void assertIllegal(Api.Response response, String currentStatus) {
        assertProblem(response, 409);
        assertThat(response.json().get("currentStatus").asString()).isEqualTo(currentStatus);
    }

    /** The facade refreshes within a second on every instance (at once on this one); wait up to two. */
    private static <T> T eventually(Supplier<Optional<T>> probe) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(2))
                .pollInterval(Duration.ofMillis(20))
                .until(probe::get, Optional::isPresent)
                .orElseThrow();
    }

    private static void eventuallyEmpty(Supplier<Optional<?>> probe) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(2))
                .pollInterval(Duration.ofMillis(20))
                .until(probe::get, Optional::isEmpty);
    }
}
