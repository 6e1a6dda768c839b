package com.recomengine.tenants.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.shared.AdminId;
import com.recomengine.shared.TenantId;
import com.recomengine.support.ModuleFixtures;
import com.recomengine.tenants.TenantPurgeDue;
import com.recomengine.tenants.TenantStatus;
import com.recomengine.tenants.TenantStatusChanged;
import com.recomengine.tenants.Tenants;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The tenants module with platform and the two modules platform's security wall is made of (identity's token and
 * apikeys' key verifiers), against the real PostgreSQL and Redis: a deleted tenant is announced at once and its
 * purge, which every module with tenant data listens to, once its grace period is over.
 */
@ApplicationModuleTest(extraIncludes = {"platform", "identity", "apikeys", "teams", "audit"})
@ActiveProfiles("test")
class TenantsModuleTests {

    @Autowired
    Tenants tenants;

    @Autowired
    TenantPurgeJob purgeJob;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void deletingATenantAnnouncesItsNewStatus(Scenario scenario) {
        AdminId owner = ModuleFixtures.admin(jdbc);
        TenantId tenant = ModuleFixtures.tenant(tenants, owner);

        scenario.stimulate(() -> tenants.changeStatus(owner, tenant, TenantStatus.DELETED))
                .andWaitForEventOfType(TenantStatusChanged.class)
                .matching(changed -> changed.tenantId().equals(tenant))
                .toArriveAndVerify(changed -> assertThat(changed.status()).isEqualTo(TenantStatus.DELETED));
    }

    @Test
    void aDeletedTenantPastItsGraceIsAnnouncedForPurgeAndAnotherIsNot(Scenario scenario) {
        AdminId owner = ModuleFixtures.admin(jdbc);
        TenantId due = ModuleFixtures.tenant(tenants, owner);
        TenantId inGrace = ModuleFixtures.tenant(tenants, owner);
        tenants.changeStatus(owner, due, TenantStatus.DELETED);
        tenants.changeStatus(owner, inGrace, TenantStatus.DELETED);
        jdbc.update(
                "UPDATE tenants SET purge_after = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(1, ChronoUnit.MINUTES)),
                due.value());

        scenario.stimulate(purgeJob::purgeDue)
                .andWaitForEventOfType(TenantPurgeDue.class)
                .matching(purge -> purge.tenantId().equals(due))
                .toArriveAndVerify(purge -> assertThat(jdbc.queryForObject(
                                "SELECT purge_after > now() FROM tenants WHERE id = ?", Boolean.class, inGrace.value()))
                        .isTrue());
    }
}
