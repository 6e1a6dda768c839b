package com.recomengine.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Whole-flow tests against the running application on a random port, with the machine's real PostgreSQL and
 * Redis. Each test makes its own admins and tenants, so tests never depend on each other's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class HttpTest {

    public static final String PASSWORD = "correct-horse-battery";

    @LocalServerPort
    protected int port;

    protected Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    /** An admin that signed up and logged in: their access token and refresh cookie. */
    public record Admin(String email, String accessToken, String refreshCookie) {}

    protected Admin signUpAndLogIn() {
        String email = "admin-" + UUID.randomUUID() + "@shop.test";
        var signup = api.post("/api/v1/auth/signup", Map.of("email", email, "password", PASSWORD, "name", "Ada"))
                .send();
        assertThat(signup.status()).as(signup.body()).isEqualTo(201);
        return logIn(email);
    }

    protected Admin logIn(String email) {
        var login = api.post("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD))
                .send();
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        String cookie = login.header("set-cookie").split(";")[0];
        return new Admin(email, login.json().get("accessToken").asString(), cookie);
    }

    protected String createTenant(Admin admin, Map<String, Object> body) {
        var created =
                api.post("/api/v1/tenants", body).bearer(admin.accessToken()).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    protected String createTenant(Admin admin) {
        return createTenant(
                admin, Map.of("name", "Shop " + UUID.randomUUID().toString().substring(0, 8)));
    }

    protected Api.Response issueKeyResponse(Admin admin, String tenantId, String type, String permissions) {
        Map<String, Object> body = permissions == null
                ? Map.of("name", "key", "type", type)
                : Map.of("name", "key", "type", type, "permissions", permissions);
        return api.post("/api/v1/tenants/" + tenantId + "/api-keys", body)
                .bearer(admin.accessToken())
                .send();
    }

    protected String issueKey(Admin admin, String tenantId, String type, String permissions) {
        var issued = issueKeyResponse(admin, tenantId, type, permissions);
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.json().get("key").asString();
    }

    protected static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("title").asString()).isNotBlank();
        assertThat(response.json().get("detail").asString()).isNotBlank();
    }

    protected static List<String> fieldsOf(Api.Response problem) {
        return problem.json()
                .get("errors")
                .valueStream()
                .map(e -> e.get("field").asString())
                .toList();
    }
}
