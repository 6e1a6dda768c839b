package com.recomengine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.support.HttpTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Bad input gets a 4xx problem that names what is wrong, and nothing is stored. */
class BadInputTest extends HttpTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void malformedJsonIsABadRequestAndStoresNothing() {
        Admin admin = signUpAndLogIn();
        long before = tenantCount();
        var response = api.post("/api/v1/tenants", "{\"name\": \"Shop\"")
                .bearer(admin.accessToken())
                .send();
        assertProblem(response, 400);
        assertThat(response.json().get("detail").asString()).contains("not valid JSON");
        assertThat(tenantCount()).isEqualTo(before);
    }

    @Test
    void wrongTypesNameTheField() {
        Admin admin = signUpAndLogIn();
        long before = tenantCount();
        var response = api.post("/api/v1/tenants", "{\"name\": \"Shop\", \"retentionDays\": \"ninety\"}")
                .bearer(admin.accessToken())
                .send();
        assertProblem(response, 400);
        assertThat(fieldsOf(response)).containsExactly("retentionDays");
        assertThat(tenantCount()).isEqualTo(before);
    }

    @Test
    void missingAndInvalidFieldsAreAllReported() {
        var response = api.post("/api/v1/auth/signup", Map.of("email", "not-an-email", "password", "short"))
                .send();
        assertProblem(response, 400);
        assertThat(fieldsOf(response)).containsExactlyInAnyOrder("email", "password", "name");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM admins WHERE email = 'not-an-email'", Long.class))
                .isZero();
    }

    @Test
    void unknownFieldsAreRejected() {
        Admin admin = signUpAndLogIn();
        long before = tenantCount();
        var response = api.post("/api/v1/tenants", Map.of("name", "Shop", "owner", "someone-else"))
                .bearer(admin.accessToken())
                .send();
        assertProblem(response, 400);
        assertThat(fieldsOf(response)).containsExactly("owner");
        assertThat(tenantCount()).isEqualTo(before);
    }

    @Test
    void invalidConfigurationValuesAreRejected() {
        Admin admin = signUpAndLogIn();
        var response = api.post(
                        "/api/v1/tenants",
                        Map.of(
                                "name",
                                "Shop",
                                "defaultStrategy",
                                "random",
                                "allowedOrigins",
                                java.util.List.of("javascript:alert(1)"),
                                "retentionDays",
                                1))
                .bearer(admin.accessToken())
                .send();
        assertProblem(response, 400);
        assertThat(fieldsOf(response)).contains("defaultStrategy", "retentionDays");
        assertThat(String.join(",", fieldsOf(response))).contains("allowedOrigins");
    }

    @Test
    void oversizeBodiesAreRefused() {
        Admin admin = signUpAndLogIn();
        long before = tenantCount();
        String huge = "{\"name\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        var response =
                api.post("/api/v1/tenants", huge).bearer(admin.accessToken()).send();
        assertProblem(response, 413);
        assertThat(tenantCount()).isEqualTo(before);
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() {
        assertProblem(api.get("/no/such/page").send(), 404);
        Admin admin = signUpAndLogIn();
        assertProblem(api.delete("/api/v1/tenants").bearer(admin.accessToken()).send(), 405);
        assertProblem(
                api.get("/api/v1/tenants/not-a-uuid")
                        .bearer(admin.accessToken())
                        .send(),
                400);
    }

    @Test
    void outOfRangeQueryParametersNameTheParameter() {
        Admin admin = signUpAndLogIn();
        var response =
                api.get("/api/v1/tenants?size=1000").bearer(admin.accessToken()).send();
        assertProblem(response, 400);
        assertThat(fieldsOf(response)).containsExactly("size");
        String tenant = createTenant(admin);
        assertProblem(
                api.get("/api/v1/tenants/" + tenant + "/api-keys?page=-1")
                        .bearer(admin.accessToken())
                        .send(),
                400);
    }

    @Test
    void missingOrBrokenCredentialsAreUnauthorizedProblems() {
        assertProblem(api.get("/api/v1/tenants").send(), 401);
        assertProblem(api.get("/api/v1/tenants").bearer("not.a.jwt").send(), 401);
        assertProblem(api.get("/api/v1/key").send(), 401);
        assertProblem(api.get("/api/v1/key").key("rk_live_tooShort").send(), 401);
        assertProblem(api.get("/internal/metrics").send(), 401);
    }

    private long tenantCount() {
        return jdbc.queryForObject("SELECT count(*) FROM tenants", Long.class);
    }
}
