package com.recomengine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.support.HttpTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The foundation as a newcomer meets it: an account, a tenant, a key, and the key's life and death. */
class WholeFlowTest extends HttpTest {

    @Test
    void signupToRevokedKeyToRefreshReuse() throws InterruptedException {
        Admin admin = signUpAndLogIn();
        String tenantId = createTenant(admin);
        String key = issueKey(admin, tenantId, "secret", "read");

        var whoAmI = api.get("/api/v1/key").key(key).send();
        assertThat(whoAmI.status()).isEqualTo(200);
        assertThat(whoAmI.json().get("tenantId").asString()).isEqualTo(tenantId);
        assertThat(whoAmI.header("x-request-id")).isNotBlank();
        assertThat(whoAmI.header("ratelimit-limit")).isEqualTo("1000");

        String keyId = whoAmI.json().get("keyId").asString();
        var revoked = api.delete("/api/v1/tenants/" + tenantId + "/api-keys/" + keyId)
                .bearer(admin.accessToken())
                .send();
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("revokedAt").isNull()).isFalse();
        long revokedAt = System.nanoTime();
        int status = 200;
        while (status == 200
                && System.nanoTime() - revokedAt < Duration.ofSeconds(2).toNanos()) {
            status = api.get("/api/v1/key").key(key).send().status();
        }
        assertThat(status).isEqualTo(401);
        assertThat(Duration.ofNanos(System.nanoTime() - revokedAt)).isLessThan(Duration.ofSeconds(1));

        var firstRefresh = api.post("/api/v1/auth/refresh")
                .header("Cookie", admin.refreshCookie())
                .send();
        assertThat(firstRefresh.status()).isEqualTo(200);
        String rotatedCookie = firstRefresh.header("set-cookie").split(";")[0];
        assertThat(rotatedCookie).isNotEqualTo(admin.refreshCookie());
        String rotatedAccess = firstRefresh.json().get("accessToken").asString();
        assertThat(api.get("/api/v1/tenants").bearer(rotatedAccess).send().status())
                .isEqualTo(200);

        var reuse = api.post("/api/v1/auth/refresh")
                .header("Cookie", admin.refreshCookie())
                .send();
        assertProblem(reuse, 401);
        assertThat(reuse.json().get("detail").asString()).contains("already used");
        assertProblem(
                api.post("/api/v1/auth/refresh").header("Cookie", rotatedCookie).send(), 401);
        assertProblem(api.get("/api/v1/tenants").bearer(rotatedAccess).send(), 401);
    }

    @Test
    void everyResponseCarriesARequestIdAndEchoesASaneOne() {
        var echoed = api.get("/health").header("X-Request-ID", "client-id-42").send();
        assertThat(echoed.header("x-request-id")).isEqualTo("client-id-42");
        var replaced = api.get("/api/v1/key")
                .header("X-Request-ID", "<script>alert(1)</script>")
                .send();
        assertThat(replaced.header("x-request-id")).isNotBlank().doesNotContain("<");
        assertProblem(replaced, 401);
        assertThat(replaced.json().get("requestId").asString()).isEqualTo(replaced.header("x-request-id"));
    }

    @Test
    void signupTwiceWithTheSameEmailIsAConflict() {
        Admin admin = signUpAndLogIn();
        var again = api.post(
                        "/api/v1/auth/signup",
                        Map.of("email", admin.email().toUpperCase(), "password", PASSWORD, "name", "Bob"))
                .send();
        assertProblem(again, 409);
    }
}
