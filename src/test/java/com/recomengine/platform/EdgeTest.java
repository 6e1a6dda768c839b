package com.recomengine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.support.HttpTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Browser-facing rules of the edge: per-tenant CORS for publishable keys, scopes, security headers, metrics. */
class EdgeTest extends HttpTest {

    @Test
    void publishableKeysWorkOnlyFromTheTenantsOrigins() {
        Admin admin = signUpAndLogIn();
        String tenant =
                createTenant(admin, Map.of("name", "Shop", "allowedOrigins", List.of("https://shop.example.com")));
        String key = issueKey(admin, tenant, "publishable", null);

        var allowed = api.get("/api/v1/key")
                .key(key)
                .header("Origin", "https://shop.example.com")
                .send();
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.header("access-control-allow-origin")).isEqualTo("https://shop.example.com");

        var foreign = api.get("/api/v1/key")
                .key(key)
                .header("Origin", "https://evil.example.net")
                .send();
        assertProblem(foreign, 403);
        assertThat(foreign.header("access-control-allow-origin")).isNull();

        var preflight = api.options("/api/v1/events")
                .header("Origin", "https://shop.example.com")
                .header("Access-Control-Request-Method", "POST")
                .send();
        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.header("access-control-allow-headers")).contains("X-API-Key");
    }

    @Test
    void secretKeysAreRefusedFromBrowsers() {
        Admin admin = signUpAndLogIn();
        String tenant =
                createTenant(admin, Map.of("name", "Shop", "allowedOrigins", List.of("https://shop.example.com")));
        String key = issueKey(admin, tenant, "secret", "read");
        assertProblem(
                api.get("/api/v1/key")
                        .key(key)
                        .header("Origin", "https://shop.example.com")
                        .send(),
                403);
    }

    @Test
    void keysOnlyReachWhatTheirPermissionAllows() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        String read = issueKey(admin, tenant, "secret", "read");
        String publishable = issueKey(admin, tenant, "publishable", null);
        var readWrites = api.post("/api/v1/catalog/products", Map.of("productId", "p1"))
                .key(read)
                .send();
        assertProblem(readWrites, 403);
        assertThat(readWrites.json().get("type").asString()).endsWith("insufficient-scope");
        assertProblem(api.get("/api/v1/catalog/products").key(publishable).send(), 403);
        assertProblem(
                api.post("/api/v1/catalog/products", Map.of("productId", "p1"))
                        .key(publishable)
                        .send(),
                403);
    }

    @Test
    void anEncodedPathIsGuardedAsThePathItDecodesTo() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        String read = issueKey(admin, tenant, "secret", "read");
        var encoded = api.post("/api/v1/catalog/%70roducts", Map.of("productId", "p1"))
                .key(read)
                .send();
        assertProblem(encoded, 403);
        assertThat(encoded.json().get("type").asString()).endsWith("insufficient-scope");
        assertProblem(
                api.post("/%61pi/v1/catalog/products", Map.of("productId", "p1"))
                        .key(read)
                        .send(),
                403);
        assertThat(api.get("/api/v1/catalog/products/p1").key(read).send().status())
                .isEqualTo(404);
    }

    @Test
    void publishableKeysCannotBeGivenPermissions() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        var response = issueKeyResponse(admin, tenant, "publishable", "read-write");
        assertProblem(response, 400);
        assertThat(fieldsOf(response)).containsExactly("permissions");
    }

    @Test
    void apiResponsesCarrySecurityHeaders() {
        var response = api.get("/api/v1/key").send();
        assertThat(response.header("x-content-type-options")).isEqualTo("nosniff");
        assertThat(response.header("x-frame-options")).isEqualTo("DENY");
        assertThat(response.header("content-security-policy")).contains("default-src 'none'");
    }

    @Test
    void answersFromTheFastPathCarryTheSameHeadersAndCountInMetrics() {
        Admin admin = signUpAndLogIn();
        String key = issueKey(admin, createTenant(admin), "secret", "read");
        var response = api.get("/api/v1/key").key(key).send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("x-content-type-options")).isEqualTo("nosniff");
        assertThat(response.header("x-frame-options")).isEqualTo("DENY");
        assertThat(response.header("content-security-policy")).contains("default-src 'none'");
        assertThat(response.header("x-request-id")).isNotBlank();
        assertThat(response.header("ratelimit-remaining")).isNotBlank();
        var metrics = api.get("/internal/metrics")
                .header("X-Internal-Key", "test-internal-key")
                .send();
        assertThat(metrics.body()).contains("uri=\"/api/v1/key\"");
    }

    @Test
    void metricsNeedTheInternalKey() {
        assertProblem(
                api.get("/internal/metrics").header("X-Internal-Key", "wrong").send(), 401);
        var metrics = api.get("/internal/metrics")
                .header("X-Internal-Key", "test-internal-key")
                .send();
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds");
    }

    @Test
    void healthAndReadinessAreOpen() {
        assertThat(api.get("/health").send().json().get("status").asString()).isEqualTo("UP");
        var ready = api.get("/ready").send();
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().get("components").get("postgres").get("status").asString())
                .isEqualTo("UP");
    }
}
