package com.recomengine.apikeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.platform.ApiKeyVerifier;
import com.recomengine.platform.VerifiedKey;
import com.recomengine.shared.AdminId;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.security.KeyPermission;
import com.recomengine.shared.security.KeyType;
import com.recomengine.support.ModuleFixtures;
import com.recomengine.tenants.TenantPurgeDue;
import com.recomengine.tenants.TenantStatus;
import com.recomengine.tenants.Tenants;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The apikeys module with its dependencies (tenants, audit, platform) and identity, the other half of platform's
 * security wall, against the real PostgreSQL and Redis: a revoked key is announced, audited and refused at once,
 * a suspended tenant's keys are verified as inactive, and a purged tenant's keys are deleted.
 */
@ApplicationModuleTest(
        mode = BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"identity", "teams"})
@ActiveProfiles("test")
class ApiKeysModuleTests {

    @Autowired
    ApiKeys keys;

    @Autowired
    ApiKeyVerifier verifier;

    @Autowired
    Tenants tenants;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRevokedKeyIsAnnouncedAuditedAndRefused(Scenario scenario) {
        AdminId owner = ModuleFixtures.admin(jdbc);
        TenantId shop = ModuleFixtures.tenant(tenants, owner);
        IssuedKey issued = keys.issueKey(owner, shop, "Server", KeyType.SECRET, KeyPermission.READ);
        IssuedKey other = keys.issueKey(owner, shop, "Other server", KeyType.SECRET, KeyPermission.READ);
        assertThat(verifier.verify(issued.key())).isPresent();

        scenario.stimulate(() -> keys.revokeKey(owner, shop, issued.keyId()))
                .andWaitForEventOfType(ApiKeyRevoked.class)
                .matching(revoked -> revoked.keyId().equals(issued.keyId()))
                .toArriveAndVerify(revoked -> {
                    assertThat(revoked.tenantId()).isEqualTo(shop);
                    assertThat(verifier.verify(issued.key())).isEmpty();
                    assertThat(verifier.verify(other.key())).isPresent();
                    assertThat(jdbc.queryForObject(
                                    "SELECT count(*) FROM audit_entries WHERE tenant_id = ? AND action = 'key.revoked'"
                                            + " AND target_id = ?",
                                    Long.class,
                                    shop.value(),
                                    issued.keyId().toString()))
                            .isEqualTo(1);
                });
    }

    @Test
    void aSuspendedTenantsKeysAreVerifiedAsInactive(Scenario scenario) {
        AdminId owner = ModuleFixtures.admin(jdbc);
        TenantId suspended = ModuleFixtures.tenant(tenants, owner);
        TenantId active = ModuleFixtures.tenant(tenants, owner);
        IssuedKey suspendedKey = keys.issueKey(owner, suspended, "Server", KeyType.SECRET, KeyPermission.READ);
        IssuedKey activeKey = keys.issueKey(owner, active, "Server", KeyType.SECRET, KeyPermission.READ);
        assertThat(tenantActive(suspendedKey)).contains(true);

        scenario.stimulate(() -> tenants.changeStatus(owner, suspended, TenantStatus.SUSPENDED))
                .andWaitForStateChange(() -> tenantActive(suspendedKey), Optional.of(false)::equals)
                .andVerify(state -> assertThat(tenantActive(activeKey)).contains(true));
    }

    @Test
    void aDuePurgeDeletesTheTenantsKeysAndKeepsOtherTenants(Scenario scenario) {
        AdminId owner = ModuleFixtures.admin(jdbc);
        TenantId purged = ModuleFixtures.tenant(tenants, owner);
        TenantId kept = ModuleFixtures.tenant(tenants, owner);
        keys.issueKey(owner, purged, "Server", KeyType.SECRET, KeyPermission.READ);
        IssuedKey keptKey = keys.issueKey(owner, kept, "Server", KeyType.SECRET, KeyPermission.READ);

        scenario.publish(new TenantPurgeDue(purged))
                .andWaitForStateChange(() -> ModuleFixtures.rows(jdbc, "api_keys", purged), rows -> rows == 0)
                .andVerify(rows -> {
                    assertThat(ModuleFixtures.rows(jdbc, "api_keys", kept)).isEqualTo(1);
                    assertThat(verifier.verify(keptKey.key())).isPresent();
                });
    }

    private Optional<Boolean> tenantActive(IssuedKey key) {
        return verifier.verify(key.key()).map(VerifiedKey::tenantActive);
    }
}
