package com.recomengine.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AccountPagesTest extends DashboardTest {

    @Test
    void sendsVisitorsWithoutSessionToTheLoginPage() {
        var page = browser().get("/dashboard/tenants");
        assertThat(page.redirectsTo("/login")).as(page.location()).isTrue();
    }

    @Test
    void signupLogsTheNewAdminInAndLandsOnTenantCreation() {
        Browser browser = signedUp();
        var page = browser.open("/dashboard/tenants/new");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("New tenant").contains("Welcome to RecomEngine");
    }

    @Test
    void signupShowsEachFieldsMessageNextToIt() {
        Browser browser = browser();
        browser.get("/signup");
        var page = browser.post("/signup", Map.of("name", "", "email", "not-an-email", "password", "short"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"name-error\"")
                .contains("Enter your name.")
                .contains("id=\"email-error\"")
                .contains("Enter an email address like you@shop.com.")
                .contains("id=\"password-error\"")
                .contains("Use at least 12 characters.")
                .contains("aria-invalid=\"true\"")
                .contains("value=\"not-an-email\"")
                .doesNotContain("value=\"short\"");
    }

    @Test
    void signupWithATakenEmailSaysSoOnTheEmailField() {
        String email = "taken-" + UUID.randomUUID() + "@shop.test";
        signedUp(email);
        Browser other = browser();
        other.get("/signup");
        var page = other.post("/signup", Map.of("name", "Bob", "email", email, "password", PASSWORD));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"email-error\"").contains("An account with this email already exists.");
    }

    @Test
    void logsInWithTheRightPasswordOnly() {
        String email = "login-" + UUID.randomUUID() + "@shop.test";
        signedUp(email);
        Browser browser = browser();
        browser.get("/login");
        var wrong = browser.post("/login", Map.of("email", email, "password", "wrong-password-123"));
        assertThat(wrong.redirectsTo("/login?error")).as(wrong.location()).isTrue();
        assertThat(browser.open("/login?error").body()).contains("Email or password is wrong.");
        assertThat(browser.get("/dashboard/tenants").redirectsTo("/login")).isTrue();

        var right = browser.post("/login", Map.of("email", email, "password", PASSWORD));
        assertThat(right.location()).as("back to the page asked for").endsWith("/dashboard/tenants?continue");
        assertThat(browser.get("/dashboard/tenants").status()).isEqualTo(200);
    }

    @Test
    void refusesFormPostsWithoutTheCsrfToken() {
        Browser browser = signedUp();
        var forged = browser.postRaw(
                "/dashboard/tenants", Map.of("name", "Forged", "defaultStrategy", "popular", "retentionDays", "90"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(browser.open("/dashboard/tenants").body()).doesNotContain("Forged");
        var login = browser().postRaw("/login", Map.of("email", "x@shop.test", "password", PASSWORD));
        assertThat(login.status()).isEqualTo(403);
    }

    @Test
    void logoutEndsTheSession() {
        Browser browser = signedUp();
        browser.get("/dashboard/tenants");
        var out = browser.post("/logout", Map.of());
        assertThat(out.redirectsTo("/login?logout")).as(out.location()).isTrue();
        assertThat(browser.get("/dashboard/tenants").redirectsTo("/login")).isTrue();
    }

    @Test
    void resetsAForgottenPasswordThroughTheMailedLink() {
        String email = "reset-" + UUID.randomUUID() + "@shop.test";
        signedUp(email);
        Browser browser = browser();
        browser.get("/forgot-password");
        var sent = browser.post("/forgot-password", Map.of("email", email));
        assertThat(sent.redirectsTo("/forgot-password?sent"))
                .as(sent.location())
                .isTrue();

        String token = mailedResetToken(email);

        assertThat(browser.get("/reset-password?token=" + token).body()).contains("Choose a new password");
        var mismatch = browser.post(
                "/reset-password",
                Map.of("token", token, "password", "a-new-password-1", "confirmation", "something-else-2"));
        assertThat(mismatch.body()).contains("id=\"confirmation-error\"").contains("The two passwords differ.");
        var done = browser.post(
                "/reset-password",
                Map.of("token", token, "password", "a-new-password-1", "confirmation", "a-new-password-1"));
        assertThat(done.redirectsTo("/login")).as(done.body()).isTrue();

        var reused = browser.post(
                "/reset-password",
                Map.of("token", token, "password", "another-password-2", "confirmation", "another-password-2"));
        assertThat(reused.body()).contains("This reset link is unknown, expired or already used.");

        browser.get("/login");
        assertThat(browser.post("/login", Map.of("email", email, "password", "a-new-password-1"))
                        .redirectsTo("/dashboard"))
                .isTrue();
    }

    @Test
    void aPasswordResetEndsTheSessionsOpenedBeforeIt() {
        String email = "sessions-" + UUID.randomUUID() + "@shop.test";
        Browser laptop = signedUp(email);
        String tenant = createTenant(laptop, "Shop");
        Browser phone = browser();
        phone.get("/login");
        assertThat(phone.post("/login", Map.of("email", email, "password", PASSWORD))
                        .redirectsTo("/dashboard"))
                .isTrue();
        assertThat(laptop.get("/dashboard/tenants/" + tenant).status()).isEqualTo(200);
        assertThat(phone.get("/dashboard/tenants/" + tenant).status()).isEqualTo(200);

        Browser stranger = browser();
        stranger.get("/forgot-password");
        stranger.post("/forgot-password", Map.of("email", email));
        String token = mailedResetToken(email);
        stranger.get("/reset-password?token=" + token);
        assertThat(stranger.post(
                                "/reset-password",
                                Map.of(
                                        "token",
                                        token,
                                        "password",
                                        "a-new-password-1",
                                        "confirmation",
                                        "a-new-password-1"))
                        .redirectsTo("/login"))
                .isTrue();

        var laptopNext = laptop.get("/dashboard/tenants/" + tenant);
        assertThat(laptopNext.redirectsTo("/login?expired"))
                .as(laptopNext.location())
                .isTrue();
        assertThat(laptop.get("/login?expired").body()).contains("Your password was changed, so this session");
        assertThat(laptop.get("/dashboard/tenants").redirectsTo("/login"))
                .as("the session is gone for good")
                .isTrue();
        assertThat(phone.get("/dashboard/tenants/" + tenant).redirectsTo("/login?expired"))
                .isTrue();
        assertThat(phone.post("/dashboard/tenants/" + tenant + "/suspend", Map.of())
                        .status())
                .as("a form from the old session changes nothing")
                .isIn(302, 403);
        assertThat(phone.get("/dashboard/tenants").redirectsTo("/login")).isTrue();

        Browser fresh = browser();
        fresh.get("/login");
        assertThat(fresh.post("/login", Map.of("email", email, "password", "a-new-password-1"))
                        .redirectsTo("/dashboard"))
                .isTrue();
        var page = fresh.get("/dashboard/tenants/" + tenant);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .as("the tenant was not suspended by the old session")
                .doesNotContain("status-suspended");
    }

    @Test
    void keepsTheChosenThemeInACookieAndRendersIt() {
        Browser browser = browser();
        browser.get("/login");
        var chosen = browser.post("/theme", Map.of("theme", "dark"));
        assertThat(chosen.status()).isEqualTo(302);
        assertThat(browser.get("/login").body()).contains("data-theme=\"dark\"");
    }

    @Test
    void servesPagesWithAContentSecurityPolicyAndHashedAssets() {
        var page = browser().get("/login");
        assertThat(page.header("content-security-policy")).contains("script-src 'self'");
        Matcher css = Pattern.compile("href=\"(/dashboard/assets/app-[0-9a-f]{32}\\.css)\"")
                .matcher(page.body());
        assertThat(css.find()).as(page.body()).isTrue();
        var asset = browser().get(css.group(1));
        assertThat(asset.status()).isEqualTo(200);
        assertThat(asset.header("cache-control")).contains("max-age=31536000");
    }

    /**
     * The token of the newest reset link mailed to the address, read from the development mailbox, which shows an
     * admin signed in to the dashboard their own mail only.
     */
    private String mailedResetToken(String email) {
        Browser owner = browser();
        owner.get("/login");
        assertThat(owner.post("/login", Map.of("email", email, "password", PASSWORD))
                        .redirectsTo("/dashboard"))
                .isTrue();
        String mailbox = owner.get("/dev/mailbox").body();
        Matcher link = Pattern.compile(Pattern.quote(email) + "[\\s\\S]*?/reset-password\\?token=([A-Za-z0-9_-]+)")
                .matcher(mailbox);
        assertThat(link.find()).as(mailbox).isTrue();
        return link.group(1);
    }
}
