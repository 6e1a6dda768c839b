package com.recomengine.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every kind of HTML page, public and signed in, carries the security headers: a content security policy that
 * forbids framing by other sites, Referrer-Policy, nosniff; HSTS and {@code Secure} cookies only when the request came over HTTPS
 * (here: through a proxy on this machine that says so with {@code X-Forwarded-Proto}).
 */
class PageHeadersTest extends DashboardTest {

    @Test
    void everyHtmlPageCarriesTheSecurityHeaders() {
        Browser ada = signedUp();
        String tenant = "/dashboard/tenants/" + createTenant(ada, "Headers shop");
        Browser anonymous = browser();
        for (String path : List.of("/", "/login", "/signup", "/forgot-password", "/reset-password?token=x")) {
            assertSecured(path, anonymous.get(path));
        }
        List<String> pages = List.of(
                "/dashboard/tenants",
                "/dashboard/tenants/new",
                tenant,
                tenant + "/settings",
                tenant + "/keys",
                tenant + "/catalog",
                tenant + "/widgets",
                tenant + "/experiments",
                tenant + "/experiments/new",
                tenant + "/analytics",
                tenant + "/live",
                tenant + "/health",
                tenant + "/quality",
                tenant + "/members",
                tenant + "/audit",
                tenant + "/rules",
                tenant + "/rules/new",
                "/dev/mailbox",
                "/dashboard/tenants/00000000-0000-0000-0000-000000000000");
        for (String path : pages) {
            assertSecured(path, ada.get(path));
        }
    }

    private static void assertSecured(String path, Browser.Page page) {
        assertThat(page.status()).as(path).isIn(200, 400, 404);
        assertThat(page.header("content-type")).as(path).startsWith("text/html");
        assertThat(page.header("content-security-policy"))
                .as(path)
                .contains("default-src")
                .containsPattern("frame-ancestors '(none|self)'")
                .doesNotContain("'unsafe-eval'");
        assertThat(page.header("referrer-policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
        assertThat(page.header("x-content-type-options")).as(path).isEqualTo("nosniff");
        assertThat(page.header("strict-transport-security")).as(path).isEmpty();
    }

    @Test
    void overHttpsPagesAddHstsAndCookiesAreSecure() throws Exception {
        HttpResponse<String> login;
        try (HttpClient client = HttpClient.newHttpClient()) {
            login = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                            .header("X-Forwarded-Proto", "https")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("strict-transport-security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
        List<String> cookies = login.headers().allValues("set-cookie");
        assertThat(cookies).isNotEmpty().allSatisfy(cookie -> assertThat(cookie).contains("Secure"));
    }
}
