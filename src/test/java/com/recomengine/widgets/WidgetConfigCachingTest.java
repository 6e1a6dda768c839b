package com.recomengine.widgets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The configuration served to keys is cacheable (ETag, max-age) and every change shows without waiting for it. */
class WidgetConfigCachingTest extends WidgetHttpTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theConfigCarriesAnETagAndAnswers304WhenItIsCurrent() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        createWidget(admin, tenant, Map.of("placementId", "home_top", "title", "Hello"));
        String key = issueKey(admin, tenant, "publishable", null);

        var first = api.get("/api/v1/widgets/home_top").key(key).send();
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.contentType()).startsWith("application/json");
        assertThat(first.json().get("title").asString()).isEqualTo("Hello");
        String etag = first.header("etag");
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(first.header("cache-control")).isEqualTo("max-age=60, public");
        assertThat(first.header("vary")).contains("X-API-Key").contains("Origin");

        var again = api.get("/api/v1/widgets/home_top")
                .key(key)
                .header("If-None-Match", etag)
                .send();
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.header("etag")).isEqualTo(etag);

        assertThat(api.get("/api/v1/widgets/home_top")
                        .key(key)
                        .header("If-None-Match", "\"other\"")
                        .send()
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aChangeShowsAtOnceWithANewETag() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        createWidget(admin, tenant, Map.of("placementId", "home_top", "title", "Before"));
        String key = issueKey(admin, tenant, "publishable", null);
        String before = api.get("/api/v1/widgets/home_top").key(key).send().header("etag");

        api.put(widgets(tenant) + "/home_top", Map.of("title", "After"))
                .bearer(admin.accessToken())
                .send();

        var after = api.get("/api/v1/widgets/home_top")
                .key(key)
                .header("If-None-Match", before)
                .send();
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.json().get("title").asString()).isEqualTo("After");
        assertThat(after.header("etag")).isNotEqualTo(before);
        assertThat(api.get("/api/v1/widgets/home_top/render")
                        .key(key)
                        .send()
                        .json()
                        .get("root")
                        .get("title")
                        .asString())
                .isEqualTo("After");

        api.delete(widgets(tenant) + "/home_top").bearer(admin.accessToken()).send();
        assertProblem(api.get("/api/v1/widgets/home_top").key(key).send(), 404);
    }

    @Test
    void aChangeMadeByAnotherInstanceShowsWithinASecond() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        createWidget(admin, tenant, Map.of("placementId", "home_top", "layout", "grid"));
        String key = issueKey(admin, tenant, "publishable", null);
        assertThat(api.get("/api/v1/widgets/home_top")
                        .key(key)
                        .send()
                        .json()
                        .get("layout")
                        .asString())
                .isEqualTo("grid");

        // Another instance writes the table; this one only learns of it by reading again.
        jdbc.update("UPDATE widgets SET layout = 'LIST', updated_at = now() WHERE tenant_id = ?::uuid", tenant);
        long start = System.nanoTime();
        String layout = await("the change made by another instance")
                .dontCatchUncaughtExceptions()
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .until(
                        () -> api.get("/api/v1/widgets/home_top")
                                .key(key)
                                .send()
                                .json()
                                .get("layout")
                                .asString(),
                        shown -> !shown.equals("grid"));
        long waitedMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(layout).isEqualTo("list");
        assertThat(waitedMillis).isLessThan(1_500);
    }
}
