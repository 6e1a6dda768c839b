package com.recomengine.widgets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.recomengine.shared.TenantId;
import com.recomengine.tenants.TenantPurgeDue;
import com.recomengine.widgets.WidgetHttpTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class WidgetPurgeTest extends WidgetHttpTest {

    @Autowired
    WidgetPurge purge;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPurgedTenantsWidgetsAreDeletedAndOthersKept() {
        Admin admin = signUpAndLogIn();
        String purged = createTenant(admin);
        String kept = createTenant(admin);
        String key = issueKey(admin, purged, "publishable", null);
        for (String tenant : new String[] {purged, kept}) {
            createWidget(admin, tenant, "home_top");
            createWidget(admin, tenant, "cart");
        }
        assertThat(api.get("/api/v1/widgets/home_top").key(key).send().status()).isEqualTo(200);

        // Through the bean the listener runs as in production: asynchronously, in its own transaction; twice is
        // harmless.
        purge.on(new TenantPurgeDue(TenantId.of(purged)));
        purge.on(new TenantPurgeDue(TenantId.of(purged)));
        await("the purged tenant's widgets deleted")
                .dontCatchUncaughtExceptions()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> count(purged) == 0);

        assertThat(count(purged)).isZero();
        assertThat(count(kept)).isEqualTo(2);
        // past the configuration cache's lifetime (a second) the key finds no configuration
        await("the purged configuration gone for the key")
                .dontCatchUncaughtExceptions()
                .pollDelay(Duration.ofMillis(1_100))
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("/api/v1/widgets/home_top").key(key).send().status(), status -> status == 404);
    }

    private long count(String tenant) {
        return jdbc.queryForObject("SELECT count(*) FROM widgets WHERE tenant_id = ?::uuid", Long.class, tenant);
    }
}
