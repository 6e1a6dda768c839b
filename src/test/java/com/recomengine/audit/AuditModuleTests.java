package com.recomengine.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.shared.TenantId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit module with platform, and the modules platform's security wall is made of, against the real
 * PostgreSQL. The audit module listens to no event: other modules call {@link AuditLog} in the transaction of their
 * change, so an entry commits and rolls back with that change, and keeps only the fields that changed, never a
 * secret.
 */
@ApplicationModuleTest(extraIncludes = {"platform", "identity", "apikeys", "tenants", "teams"})
@ActiveProfiles("test")
class AuditModuleTests {

    @Autowired
    AuditLog audit;

    @Autowired
    AuditTrail trail;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anEntryCommitsWithItsChangeKeepingOnlyChangedFieldsAndNoSecrets(Scenario scenario) {
        TenantId shop = new TenantId(UUID.randomUUID());
        TenantId other = new TenantId(UUID.randomUUID());

        scenario.stimulate(() -> audit.record(
                        shop,
                        "key.revoked",
                        "api-key",
                        "key-1",
                        Map.of("name", "Server", "status", "active", "keyHash", "old"),
                        Map.of("name", "Server", "status", "revoked", "keyHash", "new")))
                .andWaitForStateChange(() -> entries(shop), entries -> !entries.isEmpty())
                .andVerify(entries -> {
                    assertThat(entries).singleElement().satisfies(entry -> {
                        assertThat(entry.action()).isEqualTo("key.revoked");
                        assertThat(entry.targetId()).isEqualTo("key-1");
                        assertThat(entry.changes())
                                .containsOnlyKeys("status")
                                .containsEntry("status", new AuditEntry.Change("active", "revoked"));
                    });
                    assertThat(entries(other)).isEmpty();
                });
    }

    @Test
    void anEntryRollsBackWithItsChange() {
        TenantId shop = new TenantId(UUID.randomUUID());

        transactions.executeWithoutResult(status -> {
            audit.record(shop, "rule.created", "rule", "rule-1", Map.of("name", "Rolled back"));
            status.setRollbackOnly();
        });

        assertThat(entries(shop)).isEmpty();
    }

    private List<AuditEntry> entries(TenantId tenant) {
        return trail.read(new AuditTrail.Query(tenant, null, null, null, null, null, 50))
                .data();
    }
}
