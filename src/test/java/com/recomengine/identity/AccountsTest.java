package com.recomengine.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.identity.internal.LoggingMailSender;
import com.recomengine.support.HttpTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AccountsTest extends HttpTest {

    @Autowired
    LoggingMailSender mailbox;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void passwordsAreStoredAsBcryptWithCostTwelve() {
        Admin admin = signUpAndLogIn();
        String hash =
                jdbc.queryForObject("SELECT password_hash FROM admins WHERE email = ?", String.class, admin.email());
        assertThat(hash).startsWith("{sha256}$2a$12$").doesNotContain(PASSWORD);
    }

    @Test
    void logoutRevokesTheAccessTokenAndTheRefreshSession() {
        Admin admin = signUpAndLogIn();
        assertThat(api.get("/api/v1/tenants").bearer(admin.accessToken()).send().status())
                .isEqualTo(200);
        var logout = api.post("/api/v1/auth/logout")
                .bearer(admin.accessToken())
                .header("Cookie", admin.refreshCookie())
                .send();
        assertThat(logout.status()).isEqualTo(204);
        assertProblem(api.get("/api/v1/tenants").bearer(admin.accessToken()).send(), 401);
        assertProblem(
                api.post("/api/v1/auth/refresh")
                        .header("Cookie", admin.refreshCookie())
                        .send(),
                401);
    }

    @Test
    void refreshCookieIsHttpOnlyAndSameSite() {
        var login = api.post(
                        "/api/v1/auth/login", Map.of("email", signUpAndLogIn().email(), "password", PASSWORD))
                .send();
        String cookie = login.header("set-cookie");
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/api/v1/auth");
        assertThat(login.json().get("expiresIn").asInt()).isEqualTo(3600);
    }

    @Test
    void aResetTokenWorksOnceAndEndsOldSessions() {
        Admin admin = signUpAndLogIn();
        assertThat(api.post("/api/v1/auth/forgot-password", Map.of("email", admin.email()))
                        .send()
                        .status())
                .isEqualTo(202);
        String token = MailedTokens.newest(mailbox, admin.email());

        String newPassword = "a-brand-new-password";
        var reset = api.post("/api/v1/auth/reset-password", Map.of("token", token, "password", newPassword))
                .send();
        assertThat(reset.status()).isEqualTo(204);
        assertProblem(
                api.post("/api/v1/auth/reset-password", Map.of("token", token, "password", "yet-another-one"))
                        .send(),
                400);

        assertProblem(
                api.post("/api/v1/auth/login", Map.of("email", admin.email(), "password", PASSWORD))
                        .send(),
                401);
        assertThat(api.post("/api/v1/auth/login", Map.of("email", admin.email(), "password", newPassword))
                        .send()
                        .status())
                .isEqualTo(200);
        assertProblem(api.get("/api/v1/tenants").bearer(admin.accessToken()).send(), 401);
        assertProblem(
                api.post("/api/v1/auth/refresh")
                        .header("Cookie", admin.refreshCookie())
                        .send(),
                401);
    }

    @Test
    void forgotPasswordDoesNotRevealWhetherAnAccountExists() {
        int before = mailbox.delivered().size();
        var response = api.post("/api/v1/auth/forgot-password", Map.of("email", "nobody-here@shop.test"))
                .send();
        assertThat(response.status()).isEqualTo(202);
        assertThat(mailbox.delivered().stream().filter(d -> d.mail().to().equals("nobody-here@shop.test")))
                .isEmpty();
        assertThat(mailbox.delivered().size()).isGreaterThanOrEqualTo(before);
    }

    @Test
    void repeatedFailedLoginsOnOneAccountAreThrottled() {
        Admin admin = signUpAndLogIn();
        int status = 0;
        String retryAfter = null;
        for (int i = 0; i < 30 && status != 429; i++) {
            var attempt = api.post("/api/v1/auth/login", Map.of("email", admin.email(), "password", "wrong-password!"))
                    .send();
            status = attempt.status();
            retryAfter = attempt.header("retry-after");
        }
        assertThat(status).isEqualTo(429);
        assertThat(Long.parseLong(retryAfter)).isPositive();
    }
}
