package com.recomengine.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.recomengine.shared.AdminId;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.security.AdminPrincipal;
import com.recomengine.shared.security.TeamRole;
import com.recomengine.shared.security.TenantMemberships;
import com.recomengine.support.ModuleFixtures;
import com.recomengine.tenants.TenantPurgeDue;
import com.recomengine.tenants.Tenants;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The teams module with its dependencies and the modules platform's security wall needs, against the real
 * PostgreSQL and Redis: a due purge deletes the tenant's members and invitations (invitees' addresses with them)
 * and forgets their roles, and keeps other tenants' teams.
 */
@ApplicationModuleTest(
        mode = BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"identity", "apikeys"})
@ActiveProfiles("test")
class TeamsModuleTests {

    @Autowired
    Teams teams;

    @Autowired
    Tenants tenants;

    @Autowired
    TenantMemberships memberships;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDuePurgeDeletesTheTenantsMembersAndInvitationsAndKeepsOtherTenants(Scenario scenario) {
        AdminId owner = ModuleFixtures.admin(jdbc);
        var by = new AdminPrincipal(
                owner,
                "module-" + owner.value() + "@shop.test",
                "module-test",
                Instant.now().plusSeconds(600));
        TenantId purged = ModuleFixtures.tenant(tenants, owner);
        TenantId kept = ModuleFixtures.tenant(tenants, owner);
        for (TenantId tenant : List.of(purged, kept)) {
            teams.invite(by, tenant, "invitee-" + tenant.value() + "@shop.test", "viewer");
        }
        assertThat(memberships.roleOf(owner, purged)).contains(TeamRole.OWNER);

        scenario.publish(new TenantPurgeDue(purged))
                .andWaitForStateChange(
                        () -> ModuleFixtures.rows(jdbc, "tenant_members", purged)
                                + ModuleFixtures.rows(jdbc, "team_invitations", purged),
                        rows -> rows == 0)
                .andVerify(rows -> {
                    await().atMost(Duration.ofSeconds(10))
                            .until(() -> memberships.roleOf(owner, purged).isEmpty());
                    assertThat(ModuleFixtures.rows(jdbc, "tenant_members", kept))
                            .isEqualTo(1);
                    assertThat(ModuleFixtures.rows(jdbc, "team_invitations", kept))
                            .isEqualTo(1);
                    assertThat(memberships.roleOf(owner, kept)).contains(TeamRole.OWNER);
                });
    }
}
