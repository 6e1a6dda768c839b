package com.recomengine.merchandising;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.shared.AdminId;
import com.recomengine.shared.TenantId;
import com.recomengine.support.ModuleFixtures;
import com.recomengine.tenants.TenantPurgeDue;
import com.recomengine.tenants.Tenants;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The merchandising module with its dependencies (tenants, catalog, audit, platform) and the modules platform's
 * security wall is made of, against the real PostgreSQL and Redis: a saved rule, and a rule whose validity window
 * opens with nobody saving anything, tell the other modules that the tenant's rules changed; a due purge deletes
 * the tenant's rules and keeps other tenants'.
 */
@ApplicationModuleTest(
        mode = BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"identity", "apikeys", "teams"})
@ActiveProfiles("test")
class MerchandisingModuleTests {

    @Autowired
    MerchandisingRules rules;

    @Autowired
    Tenants tenants;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSavedRuleTellsTheOtherModulesTheTenantsRulesChanged(Scenario scenario) {
        AdminId owner = ModuleFixtures.admin(jdbc);
        TenantId shop = ModuleFixtures.tenant(tenants, owner);

        scenario.stimulate(() -> rules.create(owner, shop, excludeExpensive()))
                .andWaitForEventOfType(RulesChanged.class)
                .matching(changed -> changed.tenantId().equals(shop))
                .toArriveAndVerify(changed -> assertThat(ModuleFixtures.rows(jdbc, "merchandising_rules", shop))
                        .isEqualTo(1));
    }

    @Test
    void aRuleWhoseWindowOpensTellsTheOtherModulesTheTenantsRulesChanged(Scenario scenario) {
        TenantId shop = ModuleFixtures.tenant(tenants, ModuleFixtures.admin(jdbc));

        // Stored without the service (which announces a change itself): only the window's opening can announce it.
        scenario.stimulate(() -> jdbc.update("""
                        INSERT INTO merchandising_rules (id, tenant_id, name, condition, action, active_from, enabled,
                                                         priority, created_at, updated_at)
                        VALUES (?, ?, 'Opens soon', 'item.price > 1000.0', 'exclude', now() + interval '1 second',
                                true, 100, now(), now())
                        """, UUID.randomUUID(), shop.value()))
                .andWaitForEventOfType(RulesChanged.class)
                .matching(changed -> changed.tenantId().equals(shop))
                .toArrive();
    }

    @Test
    void aDuePurgeDeletesTheTenantsRulesAndKeepsOtherTenants(Scenario scenario) {
        AdminId owner = ModuleFixtures.admin(jdbc);
        TenantId purged = ModuleFixtures.tenant(tenants, owner);
        TenantId kept = ModuleFixtures.tenant(tenants, owner);
        rules.create(owner, purged, excludeExpensive());
        rules.create(owner, kept, excludeExpensive());

        scenario.publish(new TenantPurgeDue(purged))
                .andWaitForStateChange(
                        () -> ModuleFixtures.rows(jdbc, "merchandising_rules", purged), rows -> rows == 0)
                .andVerify(rows -> assertThat(rules.all(owner, kept)).hasSize(1));
    }

    private static RuleDraft excludeExpensive() {
        return new RuleDraft(
                "No gift cards",
                List.of(),
                "item.price > 1000.0",
                RuleAction.EXCLUDE,
                null,
                null,
                null,
                null,
                null,
                null,
                true,
                RuleDraft.DEFAULT_PRIORITY);
    }
}
