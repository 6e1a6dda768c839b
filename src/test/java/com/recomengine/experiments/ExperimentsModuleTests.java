package com.recomengine.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.shared.AdminId;
import com.recomengine.shared.TenantId;
import com.recomengine.support.ModuleFixtures;
import com.recomengine.tenants.TenantPurgeDue;
import com.recomengine.tenants.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The experiments module with the modules it depends on (tenants, platform) and the two that platform's security
 * wall is made of (identity's token and apikeys' key verifiers), against the real PostgreSQL and Redis.
 */
@ApplicationModuleTest(
        mode = BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"identity", "apikeys", "teams"})
@ActiveProfiles("test")
class ExperimentsModuleTests {

    @Autowired
    ExperimentLifecycle experiments;

    @Autowired
    Tenants tenants;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void startingAnExperimentTellsTheOtherModulesItsPlacementAndStatus(Scenario scenario) {
        AdminId admin = ModuleFixtures.admin(jdbc);
        TenantId tenant = ModuleFixtures.tenant(tenants, admin);
        var id = experiments.create(admin, tenant, draft("home"));

        scenario.stimulate(() -> experiments.take(admin, tenant, id, ExperimentLifecycle.Step.START))
                .andWaitForEventOfType(ExperimentStatusChanged.class)
                .matching(changed -> changed.experimentId().equals(id))
                .toArriveAndVerify(changed -> {
                    assertThat(changed.tenantId()).isEqualTo(tenant);
                    assertThat(changed.placementId()).isEqualTo("home");
                    assertThat(changed.status()).isEqualTo("running");
                });
    }

    @Test
    void aDuePurgeDeletesTheTenantsExperimentsAndKeepsOtherTenants(Scenario scenario) {
        AdminId admin = ModuleFixtures.admin(jdbc);
        TenantId purged = ModuleFixtures.tenant(tenants, admin);
        TenantId kept = ModuleFixtures.tenant(tenants, admin);
        experiments.create(admin, purged, draft("home"));
        experiments.create(admin, kept, draft("home"));

        scenario.publish(new TenantPurgeDue(purged))
                .andWaitForStateChange(() -> ModuleFixtures.rows(jdbc, "experiments", purged), rows -> rows == 0)
                .andVerify(rows -> assertThat(ModuleFixtures.rows(jdbc, "experiments", kept))
                        .isEqualTo(1));
    }

    private static ExperimentDraft draft(String placement) {
        return new ExperimentDraft("Module test", placement, "popular", "trending", 50, "ctr", null, true);
    }
}
