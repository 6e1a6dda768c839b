package com.recomengine.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.support.HttpTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class TenantLifecycleTest extends HttpTest {

    @Test
    void suspendedTenantsKeysAreForbiddenUntilActivated() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        String key = issueKey(admin, tenant, "secret", "read");
        assertThat(api.get("/api/v1/key").key(key).send().status()).isEqualTo(200);

        var suspended = api.post("/api/v1/tenants/" + tenant + "/suspend")
                .bearer(admin.accessToken())
                .send();
        assertThat(suspended.json().get("status").asString()).isEqualTo("suspended");
        assertThat(within(
                        Duration.ofSeconds(1),
                        403,
                        () -> api.get("/api/v1/key").key(key).send().status()))
                .isEqualTo(403);

        var again = api.post("/api/v1/tenants/" + tenant + "/suspend")
                .bearer(admin.accessToken())
                .send();
        assertProblem(again, 409);
        assertThat(again.json().get("currentStatus").asString()).isEqualTo("suspended");

        api.post("/api/v1/tenants/" + tenant + "/activate")
                .bearer(admin.accessToken())
                .send();
        assertThat(within(
                        Duration.ofSeconds(1),
                        200,
                        () -> api.get("/api/v1/key").key(key).send().status()))
                .isEqualTo(200);
    }

    @Test
    void deletionIsSoftStopsKeysAndSchedulesThePurge() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        String key = issueKey(admin, tenant, "secret", "read");
        assertThat(api.delete("/api/v1/tenants/" + tenant)
                        .bearer(admin.accessToken())
                        .send()
                        .status())
                .isEqualTo(204);
        assertThat(within(
                        Duration.ofSeconds(1),
                        403,
                        () -> api.get("/api/v1/key").key(key).send().status()))
                .isEqualTo(403);
        assertProblem(
                api.get("/api/v1/tenants/" + tenant).bearer(admin.accessToken()).send(), 404);
        assertThat(api.get("/api/v1/tenants")
                        .bearer(admin.accessToken())
                        .send()
                        .json()
                        .get("data")
                        .size())
                .isZero();
    }

    @Test
    void configurationChangesAreKeptAndPartialUpdatesLeaveTheRest() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(
                admin,
                Map.of(
                        "name",
                        "Shop",
                        "defaultStrategy",
                        "trending",
                        "allowedOrigins",
                        List.of("https://shop.example.com"),
                        "excludePurchased",
                        false));
        var updated = api.patch(
                        "/api/v1/tenants/" + tenant,
                        Map.of("retentionDays", 30, "excludedCategories", List.of("gift cards")))
                .bearer(admin.accessToken())
                .send();
        assertThat(updated.status()).isEqualTo(200);
        var config = api.get("/api/v1/tenants/" + tenant)
                .bearer(admin.accessToken())
                .send()
                .json()
                .get("config");
        assertThat(config.get("defaultStrategy").asString()).isEqualTo("trending");
        assertThat(config.get("allowedOrigins").get(0).asString()).isEqualTo("https://shop.example.com");
        assertThat(config.get("excludePurchased").asBoolean()).isFalse();
        assertThat(config.get("retentionDays").asInt()).isEqualTo(30);
        assertThat(config.get("excludedCategories").get(0).asString()).isEqualTo("gift cards");
    }

    /** Polls until the expected status or the limit: what "takes effect within a second" means. */
    private static int within(Duration limit, int expected, Supplier<Integer> status) {
        long deadline = System.nanoTime() + limit.toNanos();
        int last = status.get();
        while (last != expected && System.nanoTime() < deadline) {
            last = status.get();
        }
        return last;
    }
}
