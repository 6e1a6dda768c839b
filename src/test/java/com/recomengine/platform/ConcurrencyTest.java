package com.recomengine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.support.Api;
import com.recomengine.support.HttpTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Parallel changes of one resource, for every writable resource: each answers 2xx or 409 (a version check or a
 * unique key lost the race), never 500, and the resource ends as one of the writers left it.
 */
class ConcurrencyTest extends HttpTest {

    private static final int WRITERS = 8;

    @Test
    void parallelTenantUpdates() throws Exception {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        List<Api.Response> answers = race(i ->
                () -> api.patch("/api/v1/tenants/" + tenant, Map.of("name", "Shop " + i, "retentionDays", 30 + i))
                        .bearer(admin.accessToken())
                        .send());
        assertRaceOutcome(answers);
        String name = api.get("/api/v1/tenants/" + tenant)
                .bearer(admin.accessToken())
                .send()
                .json()
                .get("name")
                .asString();
        assertThat(name).matches("Shop [0-7]");
    }

    @Test
    void parallelWidgetReplacements() throws Exception {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        var created = api.post("/api/v1/tenants/" + tenant + "/widgets", Map.of("placementId", "home"))
                .bearer(admin.accessToken())
                .send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        List<Api.Response> answers = race(i -> () -> api.put(
                        "/api/v1/tenants/" + tenant + "/widgets/home",
                        Map.of("placementId", "home", "title", "Picks " + i, "maxItems", 1 + i))
                .bearer(admin.accessToken())
                .send());
        assertRaceOutcome(answers);
    }

    @Test
    void parallelExperimentUpdates() throws Exception {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        var experiment = api.post(
                        "/api/v1/tenants/" + tenant + "/experiments",
                        Map.of(
                                "name", "Race",
                                "placementId", "home",
                                "controlStrategy", "popular",
                                "variantStrategy", "trending",
                                "primaryMetric", "ctr",
                                "trafficSplit", 50))
                .bearer(admin.accessToken())
                .send();
        assertThat(experiment.status()).as(experiment.body()).isEqualTo(201);
        String id = experiment.json().get("id").asString();
        List<Api.Response> answers = race(i -> () -> api.patch(
                        "/api/v1/tenants/" + tenant + "/experiments/" + id,
                        Map.of("name", "Race " + i, "trafficSplit", 10 + i))
                .bearer(admin.accessToken())
                .send());
        assertRaceOutcome(answers);
    }

    @Test
    void parallelKeyIssuesAndRevocations() throws Exception {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        String keyId = issueKeyResponse(admin, tenant, "secret", "read")
                .json()
                .get("id")
                .asString();
        List<Api.Response> answers = race(i -> () -> i % 2 == 0
                ? issueKeyResponse(admin, tenant, "secret", "read")
                : api.delete("/api/v1/tenants/" + tenant + "/api-keys/" + keyId)
                        .bearer(admin.accessToken())
                        .send());
        assertRaceOutcome(answers);
    }

    @Test
    void parallelProductReplacementsAndDeletes() throws Exception {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        String key = issueKey(admin, tenant, "secret", "read-write");
        List<Api.Response> answers = race(i -> () -> i % 3 == 2
                ? api.delete("/api/v1/catalog/products/sku-race").key(key).send()
                : api.put(
                                "/api/v1/catalog/products/sku-race",
                                Map.of("name", "Candle " + i, "price", 2 + i, "currency", "GBP"))
                        .key(key)
                        .send());
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isIn(200, 201, 204, 404, 409));
    }

    private static void assertRaceOutcome(List<Api.Response> answers) {
        assertThat(answers).allSatisfy(a -> {
            assertThat(a.status()).as(a.body()).isLessThan(500);
            if (a.status() >= 400) {
                assertProblem(a, a.status());
                assertThat(a.status()).as(a.body()).isIn(404, 409);
            }
        });
        assertThat(answers).anySatisfy(a -> assertThat(a.status()).isBetween(200, 299));
    }

    /** Runs the writers at once (released together) and returns their answers. */
    static List<Api.Response> race(IntFunction<Callable<Api.Response>> writer) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Api.Response>> calls = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            Callable<Api.Response> call = writer.apply(i);
            calls.add(() -> {
                start.await();
                return call.call();
            });
        }
        List<Api.Response> answers = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(WRITERS)) {
            List<Future<Api.Response>> futures = new ArrayList<>();
            calls.forEach(c -> futures.add(pool.submit(c)));
            start.countDown();
            for (Future<Api.Response> future : futures) {
                answers.add(future.get());
            }
        }
        return answers;
    }
}
