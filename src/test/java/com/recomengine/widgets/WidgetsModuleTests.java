package com.recomengine.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.shared.AdminId;
import com.recomengine.shared.TenantId;
import com.recomengine.support.ModuleFixtures;
import com.recomengine.tenants.TenantPurgeDue;
import com.recomengine.tenants.Tenants;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The widgets module with its dependencies (recommendations and what it needs, tenants, audit, platform) and the
 * modules platform's security wall is made of, against the real PostgreSQL and Redis: a due purge deletes the
 * tenant's widgets, drops them from the published widgets the SDK is served, and keeps other tenants'.
 */
@ApplicationModuleTest(
        mode = BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"identity", "apikeys", "teams"})
@ActiveProfiles("test")
class WidgetsModuleTests {

    @Autowired
    Widgets widgets;

    @Autowired
    Tenants tenants;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDuePurgeDeletesTheTenantsWidgetsAndKeepsOtherTenants(Scenario scenario) {
        AdminId owner = ModuleFixtures.admin(jdbc);
        TenantId purged = ModuleFixtures.tenant(tenants, owner);
        TenantId kept = ModuleFixtures.tenant(tenants, owner);
        for (TenantId tenant : List.of(purged, kept)) {
            widgets.save(owner, tenant, WidgetSpec.defaults("home"));
            widgets.save(owner, tenant, WidgetSpec.defaults("cart"));
        }
        // Served once, so that the published copy is cached and the purge has to drop it.
        assertThat(widgets.find(purged, "home")).isPresent();

        scenario.publish(new TenantPurgeDue(purged))
                .andWaitForStateChange(() -> ModuleFixtures.rows(jdbc, "widgets", purged), rows -> rows == 0)
                .andVerify(rows -> {
                    assertThat(widgets.find(purged, "home")).isEmpty();
                    assertThat(widgets.placements(owner, kept))
                            .extracting(WidgetSpec::placementId)
                            .containsExactlyInAnyOrder("home", "cart");
                    assertThat(widgets.find(kept, "home")).isPresent();
                });
    }
}
