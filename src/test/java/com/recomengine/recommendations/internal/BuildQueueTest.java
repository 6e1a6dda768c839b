package com.recomengine.recommendations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.recomengine.recommendations.GiftShop;
import com.recomengine.recommendations.ModelBuildStatus;
import com.recomengine.recommendations.RecommendationModels;
import com.recomengine.recommendations.RecommendationsHttpTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The build queue's rules on one instance: a lease keeps a tenant to one build, a build whose lease ran out stores
 * nothing, failures wait longer each time and park the tenant, and the admin rebuild waits out a lease instead of
 * answering 409.
 */
class BuildQueueTest extends RecommendationsHttpTest {

    @Autowired
    BuildQueue queue;

    @Autowired
    ModelBuilds builds;

    @Autowired
    RecommendationModels models;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLeasedTenantCannotBeClaimedAgainUntilItsLeaseRunsOut() {
        Shop shop = shopWithData();
        BuildLease lease = queue.claim(shop.tenant()).orElseThrow();

        assertThat(queue.claim(shop.tenant())).isEmpty();
        assertThat(queue.due()).doesNotContain(shop.tenant());

        expire(shop);
        assertThat(queue.claim(shop.tenant())).isPresent().get().isNotEqualTo(lease);
    }

    @Test
    void aBuildWhoseLeaseRanOutStoresNothing() {
        Shop shop = shopWithData();
        long before = rebuild(shop).get("generation").asLong();
        BuildLease late = queue.claim(shop.tenant()).orElseThrow();
        expire(shop);
        BuildLease current = queue.claim(shop.tenant()).orElseThrow();

        assertThatThrownBy(() -> builds.build(late)).isInstanceOf(ModelStore.LeaseLost.class);

        assertThat(generation(shop)).isEqualTo(before);
        assertThat(builds.build(current).generation()).isGreaterThan(before);
    }

    @Test
    void failedBuildsAreRetriedLaterEachTimeAndParkedAfterFiveThenClearedByABuild() {
        Shop shop = shopWithData();
        Duration previousWait = Duration.ZERO;
        for (int attempt = 1; attempt <= 5; attempt++) {
            BuildLease lease = queue.claim(shop.tenant()).orElseThrow();
            queue.failed(lease, "boom " + attempt);
            ModelBuildStatus status = models.buildStatus(shop.tenant()).orElseThrow();
            assertThat(status.failedAttempts()).isEqualTo(attempt);
            assertThat(status.lastError()).isEqualTo("boom " + attempt);
            assertThat(queue.due()).as("waiting for its retry").doesNotContain(shop.tenant());
            Duration wait = Duration.between(Instant.now(), status.retryAt());
            assertThat(wait).as("attempt %d", attempt).isGreaterThan(previousWait);
            assertThat(status.parked()).isEqualTo(attempt == 5);
            previousWait = wait;
        }
        assertThat(previousWait).as("parked for park-for (6 h)").isGreaterThan(Duration.ofHours(5));

        rebuild(shop);

        ModelBuildStatus cleared = models.buildStatus(shop.tenant()).orElseThrow();
        assertThat(cleared.failing()).isFalse();
        assertThat(cleared.parked()).isFalse();
        assertThat(cleared.builtAt()).isNotNull();
    }

    @Test
    void theAdminRebuildWaitsOutALeaseLeftByAnInstanceThatDiedInsteadOfAnswering409() {
        Shop shop = shopWithData();
        jdbc.update(
                "UPDATE reco_state SET lease_owner = 'died', lease_token = gen_random_uuid(),"
                        + " lease_until = now() + interval '2 seconds' WHERE tenant_id = ?",
                shop.tenant().value());

        var response = api.post("/api/v1/tenants/" + shop.tenant() + "/recommendations/rebuild")
                .bearer(shop.admin().accessToken())
                .send();

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(generation(shop)).isEqualTo(response.json().get("generation").asLong());
    }

    private Shop shopWithData() {
        Shop shop = openShop();
        sendCatalog(shop, GiftShop.catalog());
        sendEvents(shop, GiftShop.history(Instant.now()));
        return shop;
    }

    private void expire(Shop shop) {
        jdbc.update(
                "UPDATE reco_state SET lease_until = now() - interval '1 second' WHERE tenant_id = ?",
                shop.tenant().value());
    }

    private long generation(Shop shop) {
        Long generation = jdbc.queryForObject(
                "SELECT generation FROM reco_state WHERE tenant_id = ?",
                Long.class,
                shop.tenant().value());
        return generation == null ? -1 : generation;
    }
}
