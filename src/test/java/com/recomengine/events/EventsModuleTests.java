package com.recomengine.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.shared.AdminId;
import com.recomengine.shared.TenantId;
import com.recomengine.support.ModuleFixtures;
import com.recomengine.tenants.TenantConfig;
import com.recomengine.tenants.TenantPurgeDue;
import com.recomengine.tenants.Tenants;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The events module with its dependencies (tenants, platform) and the modules platform's security wall is made of,
 * against the real PostgreSQL and Redis: stored interactions are announced once per batch with who and what they
 * touched, a tenant's own retention is noted when its configuration changes, and a due purge deletes the tenant's
 * interactions and retention and keeps other tenants'.
 */
@ApplicationModuleTest(
        mode = BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"identity", "apikeys", "teams"})
@ActiveProfiles("test")
class EventsModuleTests {

    /**
     * Shorter than the default: the partitions' horizon is the longest retention of any tenant, and the suite's
     * other contexts share this database (a longer one would make them expect months nobody created).
     */
    private static final int SHORT = 30;

    @Autowired
    InteractionImport imports;

    @Autowired
    Tenants tenants;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void storedInteractionsAreAnnouncedWithTheirTenantUsersAndProducts(Scenario scenario) {
        TenantId shop = ModuleFixtures.tenant(tenants, ModuleFixtures.admin(jdbc));
        Instant earlier = Instant.now().minus(Duration.ofMinutes(10));
        Instant later = Instant.now().minus(Duration.ofMinutes(1));

        scenario.stimulate(() -> imports.ingest(
                        shop,
                        Stream.of(
                                interaction(InteractionType.VIEW, "u1", "candle-1", earlier),
                                interaction(InteractionType.PURCHASE, "u2", "mug-1", later))))
                .andWaitForEventOfType(InteractionsRecorded.class)
                .matching(recorded -> recorded.tenantId().equals(shop))
                .toArriveAndVerify(recorded -> {
                    assertThat(recorded.userIds()).containsExactlyInAnyOrder("u1", "u2");
                    assertThat(recorded.productIds()).containsExactlyInAnyOrder("candle-1", "mug-1");
                    assertThat(recorded.count()).isEqualTo(2);
                    assertThat(recorded.earliest()).isBefore(recorded.latest());
                    assertThat(ModuleFixtures.rows(jdbc, "events", shop)).isEqualTo(2);
                });
    }

    @Test
    void aTenantsOwnRetentionIsNotedWhenItsConfigurationChanges(Scenario scenario) {
        AdminId owner = ModuleFixtures.admin(jdbc);
        TenantId shop = ModuleFixtures.tenant(tenants, owner);

        scenario.stimulate(() -> tenants.configure(owner, shop, retention(SHORT)))
                .andWaitForStateChange(() -> retentionDays(shop), Optional::isPresent)
                .andVerify(days -> assertThat(days).contains(SHORT));
    }

    @Test
    void aDuePurgeDeletesTheTenantsInteractionsAndRetentionAndKeepsOtherTenants(Scenario scenario) {
        AdminId owner = ModuleFixtures.admin(jdbc);
        TenantId purged = ModuleFixtures.tenant(tenants, owner);
        TenantId kept = ModuleFixtures.tenant(tenants, owner);
        for (TenantId tenant : List.of(purged, kept)) {
            imports.ingest(tenant, Stream.of(interaction(InteractionType.VIEW, "u1", "candle-1", Instant.now())));
            jdbc.update("INSERT INTO event_retention (tenant_id, retention_days) VALUES (?, ?)", tenant.value(), SHORT);
        }

        scenario.publish(new TenantPurgeDue(purged))
                .andWaitForStateChange(
                        () -> ModuleFixtures.rows(jdbc, "events", purged)
                                + ModuleFixtures.rows(jdbc, "event_retention", purged),
                        rows -> rows == 0)
                .andVerify(rows -> {
                    assertThat(ModuleFixtures.rows(jdbc, "events", kept)).isEqualTo(1);
                    assertThat(retentionDays(kept)).contains(SHORT);
                });
    }

    private static NewInteraction interaction(InteractionType type, String user, String product, Instant at) {
        return new NewInteraction(type, user, product, null, UUID.randomUUID().toString(), at, Map.of());
    }

    private static TenantConfig retention(int days) {
        return new TenantConfig(null, null, null, null, null, days);
    }

    private Optional<Integer> retentionDays(TenantId tenant) {
        return jdbc
                .queryForList(
                        "SELECT retention_days FROM event_retention WHERE tenant_id = ?", Integer.class, tenant.value())
                .stream()
                .findFirst();
    }
}
