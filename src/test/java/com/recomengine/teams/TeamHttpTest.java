package com.recomengine.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.identity.internal.LoggingMailSender;
import com.recomengine.support.Api;
import com.recomengine.support.HttpTest;
import com.recomengine.support.InvitationMail;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;

/** Whole-flow tests of teams: tenants with a member of every role, made through invitations as people make them. */
abstract class TeamHttpTest extends HttpTest {

    enum Role {
        OWNER,
        ADMIN,
        DEVELOPER,
        ANALYST,
        VIEWER;

        String wire() {
            return name().toLowerCase();
        }
    }

    /** A tenant and a signed-in admin in each role on it. */
    record Team(String tenant, Map<Role, Admin> members) {

        Admin owner() {
            return members.get(Role.OWNER);
        }

        Admin as(Role role) {
            return members.get(role);
        }
    }

    @Autowired
    LoggingMailSender mailbox;

    Team team() {
        Map<Role, Admin> people = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            people.put(role, signUpAndLogIn());
        }
        return team(people);
    }

    /** A new tenant of the owner among {@code people}, the others invited in their roles (accounts are reused). */
    Team team(Map<Role, Admin> people) {
        Admin owner = people.get(Role.OWNER);
        String tenant = createTenant(owner);
        for (Role role : Role.values()) {
            if (role != Role.OWNER) {
                Admin member = people.get(role);
                assertThat(accept(member, invite(owner, tenant, member.email(), role.wire()))
                                .status())
                        .isEqualTo(200);
            }
        }
        return new Team(tenant, people);
    }

    /** A new admin invited by {@code inviter} with the role, who signs up and accepts. */
    Admin join(Admin inviter, String tenant, String role) {
        Admin invitee = signUpAndLogIn();
        String token = invite(inviter, tenant, invitee.email(), role);
        Api.Response accepted = accept(invitee, token);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        return invitee;
    }

    String invite(Admin inviter, String tenant, String email, String role) {
        Api.Response invited = api.post("/api/v1/tenants/" + tenant + "/members", Map.of("email", email, "role", role))
                .bearer(inviter.accessToken())
                .send();
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        return tokenMailedTo(email);
    }

    Api.Response accept(Admin invitee, String token) {
        return api.post("/api/v1/invitations/" + token + "/accept")
                .bearer(invitee.accessToken())
                .send();
    }

    String tokenMailedTo(String email) {
        return InvitationMail.token(mailbox, email);
    }

    String memberId(Team team, Role role) {
        return api.get("/api/v1/tenants/" + team.tenant() + "/members")
                .bearer(team.owner().accessToken())
                .send()
                .json()
                .get("data")
                .valueStream()
                .filter(m -> m.get("email").asString().equals(team.as(role).email()))
                .map(m -> m.get("id").asString())
                .findFirst()
                .orElseThrow();
    }
}
