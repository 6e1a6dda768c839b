package com.recomengine.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.recomengine.support.HttpTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A change whose announcement reached no instance — written straight to the table, as if Redis had been unreachable
 * when it committed — still takes effect within one sweep of the changed rows (10 s), though the instance had just
 * answered from its cache. The sweeps replace re-reading every cached key and tenant every 30 s.
 */
class LostAnnouncementsTest extends HttpTest {

    private static final Duration SWEEP = Duration.ofSeconds(10);

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aKeyRevokedWithoutAnnouncementIsRefusedWithinASweep() {
        Admin owner = signUpAndLogIn();
        String tenant = createTenant(owner);
        String key = issueKey(owner, tenant, "secret", "read");
        var known = api.get("/api/v1/key").key(key).send();
        assertThat(known.status()).isEqualTo(200);

        jdbc.update(
                "UPDATE api_keys SET revoked_at = now() WHERE id = ?",
                UUID.fromString(known.json().get("keyId").asString()));

        assertThat(api.get("/api/v1/key").key(key).send().status())
                .as("served from the cache until the sweep")
                .isEqualTo(200);
        Duration refused = untilStatus(key, 401);
        System.out.printf("Key revoked without announcement refused after %d ms%n", refused.toMillis());
    }

    @Test
    void aTenantSuspendedWithoutAnnouncementIsRefusedWithinASweep() {
        Admin owner = signUpAndLogIn();
        String tenant = createTenant(owner);
        String key = issueKey(owner, tenant, "secret", "read");
        assertThat(api.get("/api/v1/key").key(key).send().status()).isEqualTo(200);

        jdbc.update(
                "UPDATE tenants SET status = 'SUSPENDED', updated_at = now() WHERE id = ?", UUID.fromString(tenant));

        Duration refused = untilStatus(key, 403);
        System.out.printf("Tenant suspended without announcement refused after %d ms%n", refused.toMillis());
    }

    /** How long until the key's next use answers {@code status}; fails beyond a sweep and a little slack. */
    private Duration untilStatus(String key, int status) {
        long from = System.nanoTime();
        await().dontCatchUncaughtExceptions()
                .atMost(SWEEP.plusSeconds(3))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("/api/v1/key").key(key).send().status() == status);
        return Duration.ofNanos(System.nanoTime() - from);
    }
}
