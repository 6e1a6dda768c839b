package com.recomengine.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.recomengine.RecomEngineApplication;
import com.recomengine.dashboard.Browser;
import com.recomengine.dashboard.DashboardTest;
import com.recomengine.dashboard.EventStream;
import com.recomengine.support.Api;
import com.recomengine.support.HttpTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of the application on one PostgreSQL and one Redis (this test's context and a second one started
 * beside it on another random port), and a browser whose every request goes to the other instance than the one
 * before, as behind a plain round-robin balancer without sticky sessions.
 */
class TwoInstancesDashboardTest extends HttpTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private static ConfigurableApplicationContext second;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startSecondInstance() {
        second = new SpringApplicationBuilder(RecomEngineApplication.class)
                .profiles("test")
                .run("--server.port=0", "--server.shutdown=immediate", "--recomengine.dashboard.preview-key-sweep=1s");
    }

    @AfterAll
    static void stopSecondInstance() {
        second.close();
    }

    private static int secondPort() {
        return ((WebServerApplicationContext) second).getWebServer().getPort();
    }

    @Test
    void aDashboardSessionWorksWhicheverInstanceAnswersEachRequest() {
        String email = "ada-" + UUID.randomUUID() + "@shop.test";
        var signup = api.post("/api/v1/auth/signup", Map.of("email", email, "password", PASSWORD, "name", "Ada"))
                .send();
        assertThat(signup.status()).as(signup.body()).isEqualTo(201);
        Browser ada = new Browser(port, secondPort());

        assertThat(ada.get("/login").status()).isEqualTo(200);
        var login = ada.post("/login", Map.of("email", email, "password", PASSWORD));
        assertThat(login.redirectsTo("/dashboard"))
                .as("form login with the CSRF token of the other instance")
                .isTrue();

        assertThat(ada.get("/dashboard/tenants/new").status()).isEqualTo(200);
        var created = ada.submit("/dashboard/tenants", DashboardTest.tenantForm("Round Robin Teas"));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        assertThat(created.body())
                .as("the flash notice set on one instance shows on the other")
                .contains("Tenant &#39;Round Robin Teas&#39; created");
        Matcher id = Pattern.compile("/dashboard/tenants/([0-9a-f-]{36})").matcher(created.body());
        assertThat(id.find()).isTrue();
        String tenant = "/dashboard/tenants/" + id.group(1);

        for (String page : List.of(
                "/dashboard/tenants",
                tenant,
                tenant + "/settings",
                tenant + "/keys",
                tenant + "/catalog",
                tenant + "/widgets",
                tenant + "/experiments",
                tenant + "/analytics",
                tenant + "/live",
                tenant + "/health",
                tenant + "/quality")) {
            var shown = ada.get(page);
            assertThat(shown.status()).as(page).isEqualTo(200);
            assertThat(shown.body()).as(page).contains("Round Robin Teas");
        }

        var issued =
                ada.submit(tenant + "/keys", Map.of("name", "backend", "type", "secret", "permissions", "read-write"));
        Matcher key = Pattern.compile("<code id=\"new-key\">(rk_live_[A-Za-z0-9_-]+)</code>")
                .matcher(issued.body());
        assertThat(key.find()).as(issued.body()).isTrue();
        assertThat(new Api(secondPort())
                        .get("/api/v1/key")
                        .key(key.group(1))
                        .send()
                        .status())
                .isEqualTo(200);

        ada.get(tenant);
        assertThat(ada.post("/logout", Map.of()).redirectsTo("/login?logout")).isTrue();
        assertThat(ada.get(tenant).redirectsTo("/login")).isTrue();
        assertThat(ada.get(tenant).redirectsTo("/login"))
                .as("signed out on both")
                .isTrue();
    }

    @Test
    void aPreviewKeyIsRevokedOnceItsSessionHasEndedWhicheverInstanceEndedIt() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        Browser ada = new Browser(port, secondPort());
        ada.get("/login");
        assertThat(ada.post("/login", Map.of("email", admin.email(), "password", PASSWORD))
                        .redirectsTo("/dashboard"))
                .isTrue();
        String widgets = "/dashboard/tenants/" + tenant + "/widgets";
        ada.get(widgets);
        assertThat(ada.submit(widgets, Map.of("placementId", "home_top")).body())
                .contains("data-api-key=\"rk_pub_");
        assertThat(previewKeys(tenant, "revoked_at IS NULL")).isEqualTo(1);

        // The session expires and its row is deleted, as any instance's clean-up of expired sessions does.
        jdbc.update(
                "DELETE FROM spring_session WHERE session_id IN "
                        + "(SELECT session_id FROM dashboard_preview_keys WHERE tenant_id = ?::uuid)",
                tenant);
        jdbc.update(
                "UPDATE dashboard_preview_keys SET issued_at = now() - interval '2 minutes' WHERE tenant_id = ?::uuid",
                tenant);

        await().atMost(WAIT).until(() -> previewKeys(tenant, "revoked_at IS NOT NULL") == 1);
        assertThat(ada.get(widgets).redirectsTo("/login")).isTrue();
    }

    private long previewKeys(String tenant, String condition) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM api_keys WHERE tenant_id = ?::uuid AND name = 'Dashboard preview' AND "
                        + condition,
                Long.class,
                tenant);
    }

    @Test
    void theLiveStreamOnOneInstanceShowsInteractionsPostedToTheOther() throws Exception {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        String key = issueKey(admin, tenant, "secret", "read-write");
        Browser ada = new Browser(port, secondPort());
        ada.get("/login");
        assertThat(ada.post("/login", Map.of("email", admin.email(), "password", PASSWORD))
                        .redirectsTo("/dashboard"))
                .isTrue();

        // The stream is held by the second instance, which stops at once after this class; the first one's graceful
        // shutdown would wait for an open stream at the end of the run.
        if (ada.nextPort() != secondPort()) {
            ada.get("/dashboard");
        }
        int watched = ada.nextPort();
        try (EventStream stream = ada.stream("/dashboard/tenants/" + tenant + "/live/stream", null)) {
            assertThat(stream.status()).isEqualTo(200);
            stream.next("counts", WAIT);
            Api other = new Api(watched == port ? secondPort() : port);
            var sent = other.post(
                            "/api/v1/events",
                            Map.of(
                                    "eventType",
                                    "purchase",
                                    "userId",
                                    "shopper-on-the-other-instance",
                                    "productId",
                                    "sku-1",
                                    "timestamp",
                                    Instant.now().toString()))
                    .key(key)
                    .send();
            assertThat(sent.status()).as(sent.body()).isEqualTo(201);
            assertThat(stream.next("interaction", WAIT).data())
                    .contains("\"type\":\"purchase\"")
                    .contains("shopper-on-the-other-instance");
        }
    }
}
