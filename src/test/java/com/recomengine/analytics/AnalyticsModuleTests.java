package com.recomengine.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.events.InteractionsRecorded;
import com.recomengine.shared.TenantId;
import com.recomengine.support.ModuleFixtures;
import com.recomengine.tenants.TenantPurgeDue;
import com.recomengine.tenants.Tenants;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The analytics module with its dependencies, against the real PostgreSQL and Redis: interactions that the events
 * module records for past days (a late SDK batch, a back-fill) mark exactly those days for aggregation again, and a
 * due purge removes the tenant's figures.
 */
@ApplicationModuleTest(
        mode = BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"identity", "apikeys", "teams"})
@ActiveProfiles("test")
class AnalyticsModuleTests {

    @Autowired
    Tenants tenants;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void lateInteractionsMarkTheirDaysForAggregation(Scenario scenario) {
        TenantId shop = ModuleFixtures.tenant(tenants, ModuleFixtures.admin(jdbc));
        Instant threeDaysAgo = Instant.now().minus(Duration.ofDays(3));
        Instant twoDaysAgo = Instant.now().minus(Duration.ofDays(2));
        LocalDate first = LocalDate.ofInstant(threeDaysAgo, ZoneOffset.UTC);

        scenario.publish(new InteractionsRecorded(shop, Set.of("u1"), Set.of("candle-1"), 2, threeDaysAgo, twoDaysAgo))
                .andWaitForStateChange(() -> staleDays(shop), days -> !days.isEmpty())
                .andVerify(days -> assertThat(days).containsExactly(first, first.plusDays(1)));
    }

    @Test
    void aDuePurgeDeletesTheTenantsFiguresAndKeepsOtherTenants(Scenario scenario) {
        TenantId purged = ModuleFixtures.tenant(tenants, ModuleFixtures.admin(jdbc));
        TenantId kept = ModuleFixtures.tenant(tenants, ModuleFixtures.admin(jdbc));
        for (TenantId tenant : List.of(purged, kept)) {
            jdbc.update(
                    "INSERT INTO analytics_stale_days (tenant_id, day) VALUES (?, ?)",
                    tenant.value(),
                    Date.valueOf(LocalDate.now(ZoneOffset.UTC).minusDays(5)));
        }

        scenario.publish(new TenantPurgeDue(purged))
                .andWaitForStateChange(() -> staleDays(purged), List::isEmpty)
                .andVerify(days -> assertThat(staleDays(kept)).hasSize(1));
    }

    private List<LocalDate> staleDays(TenantId tenant) {
        return jdbc
                .queryForList(
                        "SELECT day FROM analytics_stale_days WHERE tenant_id = ? ORDER BY day",
                        Date.class,
                        tenant.value())
                .stream()
                .map(Date::toLocalDate)
                .toList();
    }
}
