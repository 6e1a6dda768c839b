package com.recomengine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.shared.TenantId;
import com.recomengine.support.ModuleFixtures;
import com.recomengine.tenants.TenantPurgeDue;
import com.recomengine.tenants.Tenants;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The catalog module with the modules it depends on (tenants, platform) and the two that platform's security wall
 * is made of (identity's token and apikeys' key verifiers), against the real PostgreSQL and Redis.
 */
@ApplicationModuleTest(
        mode = BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"tenants", "identity", "apikeys", "teams", "audit"})
@ActiveProfiles("test")
class CatalogModuleTests {

    private static final String FEED = """
            productId,name,category,price
            candle-1,Vanilla candle,Candles,4.50
            mug-1,Blue mug,Kitchen,7.00
            """;

    @Autowired
    Catalog catalog;

    @Autowired
    Tenants tenants;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anImportedFeedTellsTheOtherModulesWhichProductsChanged(Scenario scenario) {
        TenantId tenant = ModuleFixtures.tenant(tenants, ModuleFixtures.admin(jdbc));

        scenario.stimulate(() -> catalog.importCsv(tenant, feed()))
                .andWaitForEventOfType(ProductsChanged.class)
                .matching(changed -> changed.tenantId().equals(tenant))
                .toArriveAndVerify(
                        changed -> assertThat(changed.productIds()).containsExactlyInAnyOrder("candle-1", "mug-1"));
    }

    @Test
    void aDuePurgeDeletesTheTenantsCatalogAndKeepsOtherTenants(Scenario scenario) {
        TenantId purged = ModuleFixtures.tenant(tenants, ModuleFixtures.admin(jdbc));
        TenantId kept = ModuleFixtures.tenant(tenants, ModuleFixtures.admin(jdbc));
        catalog.importCsv(purged, feed());
        catalog.importCsv(kept, feed());

        scenario.publish(new TenantPurgeDue(purged))
                .andWaitForStateChange(() -> catalog.productCount(purged), count -> count == 0)
                .andVerify(count -> assertThat(catalog.productCount(kept)).isEqualTo(2));
    }

    private static ByteArrayInputStream feed() {
        return new ByteArrayInputStream(FEED.getBytes(StandardCharsets.UTF_8));
    }
}
