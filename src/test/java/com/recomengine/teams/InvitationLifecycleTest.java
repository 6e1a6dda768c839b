package com.recomengine.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.support.Api;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Invitations from the mail to membership, and every way one can be refused without changing anything. */
class InvitationLifecycleTest extends TeamHttpTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anInviteeAcceptsOnceAndThenSeesTheTenantWithTheirRole() {
        Admin owner = signUpAndLogIn();
        String tenant = createTenant(owner);
        Admin dev = signUpAndLogIn();
        String token = invite(owner, tenant, dev.email().toUpperCase(), "developer");

        var pending = get(owner, "/api/v1/tenants/" + tenant + "/invitations");
        assertThat(pending.json().get("data").get(0).get("email").asString()).isEqualTo(dev.email());
        assertThat(pending.json().get("data").get(0).get("role").asString()).isEqualTo("developer");
        assertProblem(get(dev, "/api/v1/tenants/" + tenant), 404);

        var accepted = accept(dev, token);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("role").asString()).isEqualTo("developer");
        assertThat(get(owner, "/api/v1/tenants/" + tenant + "/invitations")
                        .json()
                        .get("data")
                        .size())
                .isZero();
        var tenants = get(dev, "/api/v1/tenants").json().get("data");
        assertThat(tenants.size()).isEqualTo(1);
        assertThat(tenants.get(0).get("id").asString()).isEqualTo(tenant);
        assertThat(tenants.get(0).get("role").asString()).isEqualTo("developer");
        assertThat(get(owner, "/api/v1/tenants")
                        .json()
                        .get("data")
                        .get(0)
                        .get("role")
                        .asString())
                .isEqualTo("owner");
        assertThat(get(dev, "/api/v1/tenants/" + tenant + "/api-keys").status()).isEqualTo(200);

        var again = accept(dev, token);
        assertProblem(again, 400);
        assertThat(fieldsOf(again)).containsExactly("token");
        assertThat(again.body()).contains("used already");
    }

    @Test
    void invitingAgainReplacesTheEarlierLinkAndARevokedLinkStopsWorking() {
        Admin owner = signUpAndLogIn();
        String tenant = createTenant(owner);
        Admin analyst = signUpAndLogIn();
        String first = invite(owner, tenant, analyst.email(), "viewer");
        String second = invite(owner, tenant, analyst.email(), "analyst");
        assertThat(second).isNotEqualTo(first);
        assertThat(get(owner, "/api/v1/tenants/" + tenant + "/invitations")
                        .json()
                        .get("data")
                        .size())
                .isEqualTo(1);
        var replaced = accept(analyst, first);
        assertProblem(replaced, 400);
        assertThat(replaced.body()).contains("replaced by a newer one");

        String id = get(owner, "/api/v1/tenants/" + tenant + "/invitations")
                .json()
                .get("data")
                .get(0)
                .get("id")
                .asString();
        assertThat(api.delete("/api/v1/tenants/" + tenant + "/invitations/" + id)
                        .bearer(owner.accessToken())
                        .send()
                        .status())
                .isEqualTo(204);
        assertProblem(accept(analyst, second), 400);
        assertProblem(get(analyst, "/api/v1/tenants/" + tenant), 404);
    }

    @Test
    void refusesExpiredUnknownAndSomeoneElsesInvitations() {
        Admin owner = signUpAndLogIn();
        String tenant = createTenant(owner);
        Admin invitee = signUpAndLogIn();
        Admin other = signUpAndLogIn();
        String token = invite(owner, tenant, invitee.email(), "viewer");

        var notYours = accept(other, token);
        assertProblem(notYours, 403);
        assertThat(notYours.body()).contains("another email address");
        assertProblem(get(other, "/api/v1/tenants/" + tenant), 404);

        assertProblem(accept(invitee, "no-such-token"), 400);

        jdbc.update(
                "UPDATE team_invitations SET expires_at = now() - interval '1 minute' WHERE email = ?",
                invitee.email());
        var expired = accept(invitee, token);
        assertProblem(expired, 400);
        assertThat(expired.body()).contains("expired");
        assertProblem(get(invitee, "/api/v1/tenants/" + tenant), 404);
    }

    @Test
    void refusesBadInvitationsAndRoleChangesWithoutChangingAnything() {
        Team team = team();
        String members = "/api/v1/tenants/" + team.tenant() + "/members";
        Admin owner = team.owner();

        var unknownRole = api.post(members, Map.of("email", "x@shop.test", "role", "boss"))
                .bearer(owner.accessToken())
                .send();
        assertProblem(unknownRole, 400);
        assertThat(fieldsOf(unknownRole)).containsExactly("role");
        var badEmail = api.post(members, Map.of("email", "not-an-email", "role", "viewer"))
                .bearer(owner.accessToken())
                .send();
        assertProblem(badEmail, 400);
        assertThat(fieldsOf(badEmail)).containsExactly("email");
        var existing = api.post(members, Map.of("email", team.as(Role.VIEWER).email(), "role", "admin"))
                .bearer(owner.accessToken())
                .send();
        assertProblem(existing, 409);
        assertThat(get(owner, "/api/v1/tenants/" + team.tenant() + "/invitations")
                        .json()
                        .get("data")
                        .size())
                .isZero();

        // Only an owner makes owners; an admin may not.
        var adminMakesOwner = api.patch(members + "/" + memberId(team, Role.VIEWER), Map.of("role", "owner"))
                .bearer(team.as(Role.ADMIN).accessToken())
                .send();
        assertProblem(adminMakesOwner, 403);
        assertThat(adminMakesOwner.body()).contains("owner");

        // The last owner can neither be demoted nor leave.
        String ownerId = memberId(team, Role.OWNER);
        assertProblem(
                api.patch(members + "/" + ownerId, Map.of("role", "admin"))
                        .bearer(owner.accessToken())
                        .send(),
                409);
        assertProblem(
                api.delete("/api/v1/tenants/" + team.tenant() + "/membership")
                        .bearer(owner.accessToken())
                        .send(),
                409);
        assertProblem(
                api.delete(members + "/" + ownerId).bearer(owner.accessToken()).send(), 409);
        assertThat(roleOf(team, Role.OWNER)).isEqualTo("owner");

        // A member of another tenant reaches nothing of this one.
        Admin stranger = signUpAndLogIn();
        createTenant(stranger);
        assertProblem(
                api.patch(members + "/" + memberId(team, Role.VIEWER), Map.of("role", "admin"))
                        .bearer(stranger.accessToken())
                        .send(),
                404);
        assertThat(roleOf(team, Role.VIEWER)).isEqualTo("viewer");
    }

    @Test
    void anOwnerTransfersOwnershipAndCanThenLeave() {
        Team team = team();
        String tenant = "/api/v1/tenants/" + team.tenant();
        var transferred = api.post(tenant + "/ownership", Map.of("memberId", memberId(team, Role.DEVELOPER)))
                .bearer(team.owner().accessToken())
                .send();
        assertThat(transferred.status()).as(transferred.body()).isEqualTo(200);
        assertThat(roleOf(team, Role.DEVELOPER)).isEqualTo("owner");
        assertThat(get(team.owner(), tenant).json().get("role").asString()).isEqualTo("admin");
        assertProblem(api.delete(tenant).bearer(team.owner().accessToken()).send(), 403);

        assertThat(api.delete(tenant + "/membership")
                        .bearer(team.owner().accessToken())
                        .send()
                        .status())
                .isEqualTo(204);
        assertProblem(get(team.owner(), tenant), 404);
        assertThat(get(team.as(Role.DEVELOPER), tenant).status()).isEqualTo(200);
    }

    private String roleOf(Team team, Role role) {
        return get(team.as(role), "/api/v1/tenants/" + team.tenant())
                .json()
                .get("role")
                .asString();
    }

    private Api.Response get(Admin admin, String path) {
        return api.get(path).bearer(admin.accessToken()).send();
    }
}
