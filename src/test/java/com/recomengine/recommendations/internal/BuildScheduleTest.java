package com.recomengine.recommendations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.recomengine.recommendations.GiftShop;
import com.recomengine.recommendations.RecommendationsHttpTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The build queue holds a tenant when its interactions or catalog changed after its last build and that build is a
 * build interval old, and only then.
 */
class BuildScheduleTest extends RecommendationsHttpTest {

    @Autowired
    BuildQueue queue;

    @Autowired
    ChangedTenants changed;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTenantIsDueForABuildOnlyWhenSomethingChangedSinceItsLastBuild() {
        Shop shop = openShop();
        sendCatalog(shop, GiftShop.catalog());
        sendEvents(shop, GiftShop.history(Instant.now()));
        awaitChangeRecorded(shop, Instant.EPOCH);
        sleep(500); // the catalog's and the events' listeners both, not just the first
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            changed.flush();
            assertThat(due()).contains(shop.tenant());
        });

        rebuild(shop);
        changed.flush();
        assertThat(due()).doesNotContain(shop.tenant());

        Instant before = Instant.now();
        sendEvents(shop, List.of(event("view", "carol", "lamp", Instant.now())));
        awaitChangeRecorded(shop, before);
        assertThat(due()).as("built moments ago").doesNotContain(shop.tenant());

        jdbc.update(
                "UPDATE reco_state SET built_at = built_at - interval '16 minutes' WHERE tenant_id = ?",
                shop.tenant().value());
        assertThat(due()).as("built a build interval ago").contains(shop.tenant());
    }

    private List<com.recomengine.shared.TenantId> due() {
        return queue.due();
    }

    private void awaitChangeRecorded(Shop shop, Instant after) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            changed.flush();
            List<java.sql.Timestamp> at = jdbc.queryForList(
                    "SELECT changed_at FROM reco_state WHERE tenant_id = ?",
                    java.sql.Timestamp.class,
                    shop.tenant().value());
            if (!at.isEmpty() && at.getFirst().toInstant().isAfter(after)) {
                return;
            }
            sleep(100);
        }
        throw new AssertionError("the change of " + shop.tenant() + " was never recorded");
    }
}
