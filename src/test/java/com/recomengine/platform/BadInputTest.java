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

    /** SPEC §6: no coercion, no duplicate keys, no NUL, no lone surrogates, no numbers beyond range. */
    @Test
    void jsonIsReadStrictlyAndNothingIsStored() {
        Admin admin = signUpAndLogIn();
        long before = tenantCount();
        Map<String, String> refused = Map.of(
                "{\"name\": \"Shop\", \"retentionDays\": 90.9}", "retentionDays",
                "{\"name\": \"Shop\", \"retentionDays\": \"90\"}", "retentionDays",
                "{\"name\": true}", "name",
                "{\"name\": 12}", "name",
                "{\"name\": \"Sh\\u0000op\"}", "name",
                "{\"name\": \"Shop \\ud800\"}", "name",
                "{\"name\": \"Shop\", \"excludePurchased\": \"true\"}", "excludePurchased");
        refused.forEach((body, field) -> {
            var response = api.post("/api/v1/tenants", body)
                    .bearer(admin.accessToken())
                    .send();
            assertProblem(response, 400);
            assertThat(fieldsOf(response)).as(body).containsExactly(field);
        });
        var twice = api.post("/api/v1/tenants", "{\"name\": \"Shop\", \"name\": \"Other\"}")
                .bearer(admin.accessToken())
                .send();
        assertProblem(twice, 400);
        assertThat(twice.json().get("detail").asString()).contains("twice");
        assertThat(tenantCount()).isEqualTo(before);

        String key = issueKey(admin, createTenant(admin), "secret", "read-write");
        for (String product : new String[] {
            "{\"name\": \"Candle\", \"price\": 1e309}",
            "{\"name\": \"Can\\u0000dle\", \"price\": 2}",
            "{\"name\": \"Candle\", \"attributes\": {\"colour\": \"\\udc00\"}}"
        }) {
            assertProblem(
                    api.put("/api/v1/catalog/products/sku-strict", product)
                            .key(key)
                            .send(),
                    400);
        }
        assertProblem(api.get("/api/v1/catalog/products/sku-strict").key(key).send(), 404);
    }

    @Test
    void csvFeedsAndBodiesAreCapped() {
        Admin admin = signUpAndLogIn();
        String key = issueKey(admin, createTenant(admin), "secret", "read-write");
        String wide = "id,name," + "c,".repeat(600) + "x\n1,Candle\n";
        var refused = com.recomengine.support.RawSocket.send(
                port,
                "POST /api/v1/catalog/import HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\nX-API-Key: "
                        + key,
                wide.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertProblem(refused, 400);
        assertThat(refused.json().get("detail").asString()).contains("columns");
        byte[] overOneMebibyte = new byte[1536 * 1024];
        java.util.Arrays.fill(overOneMebibyte, (byte) 'a');
        assertProblem(
                com.recomengine.support.RawSocket.send(
                        port,
                        "POST /api/v1/anything/batch HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json",
                        overOneMebibyte),
                413);
    }

    @Test
    void aRequestLineOverTheLimitIsAProblemEvenWithABodyThatIsNeverRead() {
        long before = tenantCount();
        byte[] body = new byte[8 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) ' ');
        for (int i = 0; i < 5; i++) {
            var refused = com.recomengine.support.RawSocket.send(
                    port,
                    "POST /api/v1/tenants/" + "a".repeat(9_000)
                            + "/rules HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json",
                    body);
            assertThat(refused.status()).isBetween(400, 499);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(tenantCount()).isEqualTo(before);
    }

    private long tenantCount() {
        return jdbc.queryForObject("SELECT count(*) FROM tenants", Long.class);
    }
}
