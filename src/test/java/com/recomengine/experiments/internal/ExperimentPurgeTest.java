package com.recomengine.experiments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.experiments.ExperimentRequests;
import com.recomengine.shared.TenantId;
import com.recomengine.support.HttpTest;
import com.recomengine.tenants.TenantPurgeDue;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ExperimentPurgeTest extends HttpTest {

    @Autowired
    ExperimentPurge purge;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPurgedTenantsExperimentsAndPlacementDefaultsAreDeletedAndOthersKept() {
        Admin admin = signUpAndLogIn();
        String purged = createTenant(admin);
        String kept = createTenant(admin);
        promotedExperiment(admin, purged);
        promotedExperiment(admin, kept);

        // Through the bean the listener runs as it does in production: asynchronously, in its own transaction.
        purge.on(new TenantPurgeDue(TenantId.of(purged)));
        purge.on(new TenantPurgeDue(TenantId.of(purged)));
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> count("experiments", purged) == 0 && count("placement_defaults", purged) == 0);

        assertThat(count("experiments", purged)).isZero();
        assertThat(count("placement_defaults", purged)).isZero();
        assertThat(count("experiments", kept)).isEqualTo(1);
        assertThat(count("placement_defaults", kept)).isEqualTo(1);
    }

    private void promotedExperiment(Admin admin, String tenant) {
        String base = "/api/v1/tenants/" + tenant + "/experiments";
        var created = api.post(base, ExperimentRequests.experiment("home", "popular", "trending", 50))
                .bearer(admin.accessToken())
                .send();
        String id = created.json().get("id").asString();
        for (String step : new String[] {"/start", "/complete"}) {
            assertThat(api.post(base + "/" + id + step)
                            .bearer(admin.accessToken())
                            .send()
                            .status())
                    .isEqualTo(200);
        }
        assertThat(api.post(base + "/" + id + "/promote", Map.of("variant", "control"))
                        .bearer(admin.accessToken())
                        .send()
                        .status())
                .isEqualTo(200);
    }

    private long count(String table, String tenant) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE tenant_id = ?::uuid", Long.class, tenant);
    }
}
