package com.recomengine.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.recomengine.dashboard.Browser;
import com.recomengine.identity.internal.LoggingMailSender;
import com.recomengine.support.Api;
import com.recomengine.support.Elapsed;
import com.recomengine.support.HttpTest;
import com.recomengine.support.InvitationMail;
import com.recomengine.support.SecondInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two instances on one PostgreSQL and one Redis: a member removed or demoted on one instance loses that access on
 * both, API and dashboard, within a second — though both had just answered the member from their caches.
 */
class TwoInstancesTeamTest extends HttpTest {

    private static final Duration WITHIN = Duration.ofSeconds(1);

    private static SecondInstance second;

    @Autowired
    LoggingMailSender mailbox;

    @BeforeAll
    static void startSecondInstance() {
        second = SecondInstance.start();
    }

    @AfterAll
    static void stopSecondInstance() {
        second.close();
    }

    @Test
    void aRemovedMemberLosesApiAndDashboardAccessOnBothInstancesWithinASecond() {
        Admin owner = signUpAndLogIn();
        String tenant = createTenant(owner);
        Admin member = joined(owner, tenant, "developer");
        Api a = api;
        Api b = new Api(secondPort());
        String keys = "/api/v1/tenants/" + tenant + "/api-keys";
        Browser dashboard = new Browser(secondPort());
        dashboard.get("/login");
        assertThat(dashboard
                        .post("/login", Map.of("email", member.email(), "password", PASSWORD))
                        .redirectsTo("/dashboard"))
                .isTrue();
        String page = "/dashboard/tenants/" + tenant + "/keys";
        for (int i = 0; i < 3; i++) {
            assertThat(a.get(keys).bearer(member.accessToken()).send().status()).isEqualTo(200);
            assertThat(b.get(keys).bearer(member.accessToken()).send().status()).isEqualTo(200);
            assertThat(dashboard.get(page).status()).isEqualTo(200);
        }

        long removedAt = System.nanoTime();
        assertThat(a.delete("/api/v1/tenants/" + tenant + "/members/" + memberId(owner, tenant, member))
                        .bearer(owner.accessToken())
                        .send()
                        .status())
                .isEqualTo(204);

        Duration api = Elapsed.until(
                () -> a.get(keys).bearer(member.accessToken()).send().status() == 404
                        && b.get(keys).bearer(member.accessToken()).send().status() == 404,
                removedAt);
        Duration page404 = Elapsed.until(() -> dashboard.get(page).status() == 404, removedAt);
        System.out.printf(
                "Removed member refused on both instances after %d ms (API), %d ms (dashboard)%n",
                api.toMillis(), page404.toMillis());
        assertThat(api).isLessThanOrEqualTo(WITHIN);
        assertThat(page404).isLessThanOrEqualTo(WITHIN);
    }

    @Test
    void aDemotedMemberIsRefusedOnTheOtherInstanceWithinASecond() {
        Admin owner = signUpAndLogIn();
        String tenant = createTenant(owner);
        Admin member = joined(owner, tenant, "developer");
        Api b = new Api(secondPort());
        String keys = "/api/v1/tenants/" + tenant + "/api-keys";
        assertThat(b.get(keys).bearer(member.accessToken()).send().status()).isEqualTo(200);

        long demotedAt = System.nanoTime();
        assertThat(api.patch(
                                "/api/v1/tenants/" + tenant + "/members/" + memberId(owner, tenant, member),
                                Map.of("role", "viewer"))
                        .bearer(owner.accessToken())
                        .send()
                        .status())
                .isEqualTo(200);
        Duration refused = Elapsed.until(
                () -> b.get(keys).bearer(member.accessToken()).send().status() == 403, demotedAt);
        System.out.printf("Demoted member refused on the other instance after %d ms%n", refused.toMillis());
        assertThat(refused).isLessThanOrEqualTo(WITHIN);
        assertThat(b.get("/api/v1/tenants/" + tenant)
                        .bearer(member.accessToken())
                        .send()
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aKeyRevokedOnOneInstanceIsRefusedByTheOtherAtItsVeryNextUseAfterAPause() {
        Admin owner = signUpAndLogIn();
        String tenant = createTenant(owner);
        String key = issueKey(owner, tenant, "secret", "read");
        Api b = new Api(secondPort());
        var known = b.get("/api/v1/key").key(key).send();
        assertThat(known.status()).isEqualTo(200);
        String keyId = known.json().get("keyId").asString();
        // idle on the second instance: no request of its own would have re-read the key since
        pause(Duration.ofMillis(1500));

        assertThat(api.delete("/api/v1/tenants/" + tenant + "/api-keys/" + keyId)
                        .bearer(owner.accessToken())
                        .send()
                        .status())
                .isEqualTo(200);
        // the revocation reaches the other instance as a message: its next use is refused, not served once more
        // from the cache while a background re-read catches up. The second instance shows the message's arrival
        // only through that very use (asking until refused would let a stale answer pass unnoticed), so the test
        // gives the message the time the instances promise (a second) before the one use it checks.
        pause(WITHIN);
        assertThat(b.get("/api/v1/key").key(key).send().status()).isEqualTo(401);
    }

    /** Lets {@code idle} pass without a request to either instance. */
    private static void pause(Duration idle) {
        long from = System.nanoTime();
        await().dontCatchUncaughtExceptions()
                .pollDelay(idle)
                .atMost(idle.plusSeconds(10))
                .until(() -> System.nanoTime() - from >= idle.toNanos());
    }

    private Admin joined(Admin owner, String tenant, String role) {
        Admin member = signUpAndLogIn();
        assertThat(api.post("/api/v1/tenants/" + tenant + "/members", Map.of("email", member.email(), "role", role))
                        .bearer(owner.accessToken())
                        .send()
                        .status())
                .isEqualTo(201);
        String token = InvitationMail.token(mailbox, member.email());
        // Accepted on the second instance: membership lives in PostgreSQL, not in either instance.
        assertThat(new Api(secondPort())
                        .post("/api/v1/invitations/" + token + "/accept")
                        .bearer(member.accessToken())
                        .send()
                        .status())
                .isEqualTo(200);
        return member;
    }

    private String memberId(Admin owner, String tenant, Admin member) {
        List<String> ids = api.get("/api/v1/tenants/" + tenant + "/members")
                .bearer(owner.accessToken())
                .send()
                .json()
                .get("data")
                .valueStream()
                .filter(m -> m.get("email").asString().equals(member.email()))
                .map(m -> m.get("id").asString())
                .toList();
        return ids.getFirst();
    }

    private static int secondPort() {
        return second.port();
    }
}
