package com.recomengine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.support.HttpTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitTest extends HttpTest {

    @Test
    void aTenantsReadLimitHoldsWith429AndRetryAfter() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin, Map.of("name", "Small shop", "readsPerMinute", 5));
        String key = issueKey(admin, tenant, "secret", "read");
        for (int i = 0; i < 5; i++) {
            var ok = api.get("/api/v1/key").key(key).send();
            assertThat(ok.status()).isEqualTo(200);
            assertThat(ok.header("ratelimit-limit")).isEqualTo("5");
            assertThat(ok.header("ratelimit-remaining")).isEqualTo(Integer.toString(4 - i));
        }
        var limited = api.get("/api/v1/key").key(key).send();
        assertProblem(limited, 429);
        assertThat(Long.parseLong(limited.header("retry-after"))).isBetween(1L, 60L);
        assertThat(limited.header("ratelimit-remaining")).isEqualTo("0");
    }

    @Test
    void eachKeyHasItsOwnBucket() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin, Map.of("name", "Small shop", "readsPerMinute", 2));
        String first = issueKey(admin, tenant, "secret", "read");
        String second = issueKey(admin, tenant, "secret", "read");
        api.get("/api/v1/key").key(first).send();
        api.get("/api/v1/key").key(first).send();
        assertThat(api.get("/api/v1/key").key(first).send().status()).isEqualTo(429);
        assertThat(api.get("/api/v1/key").key(second).send().status()).isEqualTo(200);
    }
}
