package com.recomengine.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.support.Api;
import com.recomengine.support.HttpTest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Another admin's experiments are indistinguishable from ones that do not exist, on every endpoint. */
class ExperimentIsolationTest extends HttpTest {

    @Test
    void anotherAdminGetsNotFoundOnEveryExperimentEndpointAndChangesNothing() {
        Admin owner = signUpAndLogIn();
        Admin stranger = signUpAndLogIn();
        String tenant = createTenant(owner);
        String base = "/api/v1/tenants/" + tenant + "/experiments";
        var created = api.post(base, ExperimentRequests.experiment("home", "popular", "trending", 50))
                .bearer(owner.accessToken())
                .send();
        String id = created.json().get("id").asString();
        String one = base + "/" + id;

        List<Function<Api, Api.Request>> calls = List.of(
                a -> a.get(base),
                a -> a.post(base, ExperimentRequests.experiment("home", "popular", "trending", 50)),
                a -> a.get(one),
                a -> a.patch(one, Map.of("name", "taken over")),
                a -> a.delete(one),
                a -> a.post(one + "/start"),
                a -> a.post(one + "/pause"),
                a -> a.post(one + "/complete"),
                a -> a.post(one + "/promote", Map.of("variant", "variant")),
                a -> a.get(one + "/results"));
        for (var call : calls) {
            assertProblem(call.apply(api).bearer(stranger.accessToken()).send(), 404);
        }

        // The stranger's own tenant does not open the owner's experiment either.
        String strangersTenant = createTenant(stranger);
        assertProblem(
                api.get("/api/v1/tenants/" + strangersTenant + "/experiments/" + id)
                        .bearer(stranger.accessToken())
                        .send(),
                404);
        assertProblem(
                api.post("/api/v1/tenants/" + strangersTenant + "/experiments/" + id + "/start")
                        .bearer(stranger.accessToken())
                        .send(),
                404);

        var untouched = api.get(one).bearer(owner.accessToken()).send().json();
        assertThat(untouched.get("name").asString()).doesNotContain("taken over");
        assertThat(untouched.get("status").asString()).isEqualTo("draft");
        assertThat(api.get(base)
                        .bearer(owner.accessToken())
                        .send()
                        .json()
                        .get("data")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void anExperimentIsNotFoundUnderAnotherTenantOfTheSameAdmin() {
        Admin admin = signUpAndLogIn();
        String first = createTenant(admin);
        String second = createTenant(admin);
        var created = api.post(
                        "/api/v1/tenants/" + first + "/experiments",
                        ExperimentRequests.experiment("home", "popular", "trending", 50))
                .bearer(admin.accessToken())
                .send();
        String id = created.json().get("id").asString();
        assertProblem(
                api.post("/api/v1/tenants/" + second + "/experiments/" + id + "/start")
                        .bearer(admin.accessToken())
                        .send(),
                404);
        assertThat(api.get("/api/v1/tenants/" + second + "/experiments")
                        .bearer(admin.accessToken())
                        .send()
                        .json()
                        .get("data")
                        .size())
                .isZero();
    }

    @Test
    void apiKeysCannotReachTheAdminEndpoints() {
        Admin owner = signUpAndLogIn();
        String tenant = createTenant(owner);
        String key = issueKey(owner, tenant, "secret", "read-write");
        assertProblem(
                api.get("/api/v1/tenants/" + tenant + "/experiments").key(key).send(), 403);
    }
}
