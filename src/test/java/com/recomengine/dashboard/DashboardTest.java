package com.recomengine.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.support.HttpTest;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dashboard tests drive the pages over real HTTP with a cookie-keeping, form-posting client. */
public abstract class DashboardTest extends HttpTest {

    /** The new-tenant form, filled in with the defaults. */
    public static Map<String, String> tenantForm(String name) {
        return Map.of(
                "name",
                name,
                "defaultStrategy",
                "collaborative",
                "allowedOrigins",
                "",
                "excludePurchased",
                "true",
                "excludedCategories",
                "",
                "retentionDays",
                "90");
    }

    protected Browser browser() {
        return new Browser(port);
    }

    /** A new admin, signed up through the signup page and so logged in. */
    protected Browser signedUp() {
        return signedUp("ada-" + UUID.randomUUID() + "@shop.test");
    }

    protected Browser signedUp(String email) {
        Browser browser = browser();
        browser.get("/signup");
        var answer = browser.post("/signup", Map.of("name", "Ada", "email", email, "password", PASSWORD));
        assertThat(answer.redirectsTo("/dashboard/tenants/new"))
                .as(answer.body())
                .isTrue();
        return browser;
    }

    /** Issues a key through the keys page and returns the whole key (shown that once). */
    protected String issueKey(Browser browser, String tenant, String type, String permissions) {
        String keys = "/dashboard/tenants/" + tenant + "/keys";
        browser.get(keys);
        var page = browser.submit(keys, Map.of("name", "Test " + type, "type", type, "permissions", permissions));
        Matcher key = Pattern.compile("<code id=\"new-key\">(rk_[a-z]+_[A-Za-z0-9_-]+)</code>")
                .matcher(page.body());
        assertThat(key.find()).as(page.body()).isTrue();
        return key.group(1);
    }

    /** Creates a tenant through the form and returns its id. */
    protected String createTenant(Browser browser, String name) {
        browser.get("/dashboard/tenants/new");
        var answer = browser.post("/dashboard/tenants", tenantForm(name));
        assertThat(answer.status()).as(answer.body()).isEqualTo(302);
        Matcher id = Pattern.compile("/dashboard/tenants/([0-9a-f-]{36})").matcher(answer.location());
        assertThat(id.find()).as(answer.location()).isTrue();
        return id.group(1);
    }
}
