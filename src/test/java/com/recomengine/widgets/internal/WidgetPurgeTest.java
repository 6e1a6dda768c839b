package com.recomengine.widgets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.shared.TenantId;
import com.recomengine.tenants.TenantPurgeDue;
import com.recomengine.widgets.WidgetHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class WidgetPurgeTest extends WidgetHttpTest {

    @Autowired
    WidgetPurge purge;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPurgedTenantsWidgetsAreDeletedAndOthersKept() throws InterruptedException {
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
        long deadline = System.currentTimeMillis() + 10_000;
        while (count(purged) > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }

        assertThat(count(purged)).isZero();
        assertThat(count(kept)).isEqualTo(2);
        Thread.sleep(1_100); // past the configuration cache's lifetime
        assertThat(api.get("/api/v1/widgets/home_top").key(key).send().status()).isEqualTo(404);
    }

    private long count(String tenant) {
        return jdbc.queryForObject("SELECT count(*) FROM widgets WHERE tenant_id = ?::uuid", Long.class, tenant);
    }
}
