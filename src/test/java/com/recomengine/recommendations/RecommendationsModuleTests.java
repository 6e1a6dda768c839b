package com.recomengine.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.catalog.ProductsChanged;
import com.recomengine.catalog.ProductsRemoved;
import com.recomengine.events.InteractionsRecorded;
import com.recomengine.shared.TenantId;
import com.recomengine.support.ModuleFixtures;
import com.recomengine.tenants.Tenants;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The recommendations module with its dependencies, against the real PostgreSQL and Redis: what the catalog and the
 * events modules announce makes a tenant due for a model build (its {@code reco_state.changed_at} moves to the
 * change), and only that tenant.
 */
@ApplicationModuleTest(
        mode = BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"identity", "apikeys", "teams"})
@ActiveProfiles("test")
class RecommendationsModuleTests {

    @Autowired
    Tenants tenants;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void changedProductsMakeTheirTenantDueForABuild(Scenario scenario) {
        TenantId changed = ModuleFixtures.tenant(tenants, ModuleFixtures.admin(jdbc));
        TenantId untouched = ModuleFixtures.tenant(tenants, ModuleFixtures.admin(jdbc));
        Instant before = Instant.now();

        scenario.publish(new ProductsChanged(changed, Set.of("candle-1", "mug-1")))
                .andWaitForStateChange(() -> changedAt(changed), Optional::isPresent)
                .andVerify(at -> {
                    assertThat(at).get().matches(t -> !t.isBefore(before.minusSeconds(1)));
                    assertThat(changedAt(untouched)).isEmpty();
                });
    }

    @Test
    void removedProductsMakeTheirTenantDueForABuild(Scenario scenario) {
        TenantId changed = ModuleFixtures.tenant(tenants, ModuleFixtures.admin(jdbc));

        scenario.publish(new ProductsRemoved(changed, Set.of("candle-1")))
                .andWaitForStateChange(() -> changedAt(changed), Optional::isPresent)
                .andVerify(at -> assertThat(at).isPresent());
    }

    @Test
    void recordedInteractionsMakeTheirTenantDueForABuild(Scenario scenario) {
        TenantId shop = ModuleFixtures.tenant(tenants, ModuleFixtures.admin(jdbc));
        TenantId other = ModuleFixtures.tenant(tenants, ModuleFixtures.admin(jdbc));
        Instant now = Instant.now();

        scenario.publish(new InteractionsRecorded(shop, Set.of("u1"), Set.of("candle-1"), 1, now, now))
                .andWaitForStateChange(() -> changedAt(shop), Optional::isPresent)
                .andVerify(at -> assertThat(changedAt(other)).isEmpty());
    }

    private Optional<Instant> changedAt(TenantId tenant) {
        List<Timestamp> found = jdbc.queryForList(
                "SELECT changed_at FROM reco_state WHERE tenant_id = ? AND changed_at IS NOT NULL",
                Timestamp.class,
                tenant.value());
        return found.stream().findFirst().map(Timestamp::toInstant);
    }
}
