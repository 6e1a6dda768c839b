package com.recomengine.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.support.Api;
import com.recomengine.support.HttpTest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** An admin of tenant A never reads or changes tenant B; a key of A never acts for B. */
class TenantIsolationTest extends HttpTest {

    @Test
    void anotherAdminsTenantAndKeysAreNotFoundOnEveryEndpoint() {
        Admin owner = signUpAndLogIn();
        Admin stranger = signUpAndLogIn();
        String tenant = createTenant(owner);
        String key = issueKey(owner, tenant, "secret", "read-write");
        String keyId =
                api.get("/api/v1/key").key(key).send().json().get("keyId").asString();

        String base = "/api/v1/tenants/" + tenant;
        List<Function<Api, Api.Request>> calls = List.of(
                a -> a.get(base),
                a -> a.patch(base, Map.of("name", "taken over")),
                a -> a.post(base + "/suspend"),
                a -> a.post(base + "/activate"),
                a -> a.delete(base),
                a -> a.get(base + "/api-keys"),
                a -> a.post(base + "/api-keys", Map.of("name", "x", "type", "secret", "permissions", "read")),
                a -> a.get(base + "/api-keys/" + keyId),
                a -> a.delete(base + "/api-keys/" + keyId));
        for (var call : calls) {
            assertProblem(call.apply(api).bearer(stranger.accessToken()).send(), 404);
        }

        assertThat(api.get("/api/v1/tenants")
                        .bearer(stranger.accessToken())
                        .send()
                        .json()
                        .get("data")
                        .size())
                .isZero();
        var stillThere = api.get(base).bearer(owner.accessToken()).send();
        assertThat(stillThere.json().get("name").asString()).doesNotContain("taken over");
        assertThat(stillThere.json().get("status").asString()).isEqualTo("active");
        assertThat(api.get(base + "/api-keys")
                        .bearer(owner.accessToken())
                        .send()
                        .json()
                        .get("data")
                        .size())
                .isEqualTo(1);
        assertThat(api.get("/api/v1/key").key(key).send().status()).isEqualTo(200);
    }

    @Test
    void aKeyActsOnlyForItsOwnTenant() {
        Admin a = signUpAndLogIn();
        Admin b = signUpAndLogIn();
        String tenantA = createTenant(a);
        String tenantB = createTenant(b);
        String keyA = issueKey(a, tenantA, "secret", "read");
        String keyB = issueKey(b, tenantB, "publishable", null);

        assertThat(api.get("/api/v1/key")
                        .key(keyA)
                        .send()
                        .json()
                        .get("tenantId")
                        .asString())
                .isEqualTo(tenantA);
        assertThat(api.get("/api/v1/key")
                        .key(keyB)
                        .send()
                        .json()
                        .get("tenantId")
                        .asString())
                .isEqualTo(tenantB);
        assertProblem(
                api.get("/api/v1/tenants/" + tenantB)
                        .header("Authorization", "Bearer " + keyA)
                        .send(),
                403);
    }

    @Test
    void keysOfAnotherTenantOfTheSameAdminAreNotFoundUnderTheWrongTenant() {
        Admin admin = signUpAndLogIn();
        String first = createTenant(admin);
        String second = createTenant(admin);
        String key = issueKey(admin, first, "secret", "read");
        String keyId =
                api.get("/api/v1/key").key(key).send().json().get("keyId").asString();
        assertProblem(
                api.delete("/api/v1/tenants/" + second + "/api-keys/" + keyId)
                        .bearer(admin.accessToken())
                        .send(),
                404);
        assertThat(api.get("/api/v1/key").key(key).send().status()).isEqualTo(200);
    }
}
