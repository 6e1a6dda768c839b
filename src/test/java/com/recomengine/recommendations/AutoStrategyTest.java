package com.recomengine.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.experiments.ExperimentRequests;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** {@code auto} end to end on {@link GiftShop}: the default of a new tenant, its reasons, and its tuning report. */
class AutoStrategyTest extends RecommendationsHttpTest {

    @Autowired
    ModelQuality quality;

    @Test
    void isTheDefaultStrategyOfANewTenant() {
        Shop shop = giftShop();
        JsonNode tenant = api.get("/api/v1/tenants/" + shop.tenant())
                .bearer(shop.admin().accessToken())
                .send()
                .json();
        assertThat(tenant.get("config").get("defaultStrategy").asString()).isEqualTo("auto");
        JsonNode answer = recommend(shop, "userId=alice&limit=3");
        assertThat(answer.get("meta").get("strategy").asString()).isEqualTo("auto");
    }

    @Test
    void answersAShopperFromWhatTheyDidAndSaysSo() {
        JsonNode answer = recommend(giftShop(), "userId=alice&strategy=auto&limit=3");
        assertThat(ids(answer).getFirst()).isEqualTo("tea-tin");
        assertThat(reasons(answer).getFirst()).isEqualTo("Because you bought Porcelain Teapot");
        assertThat(ids(answer)).doesNotContain("teapot");
    }

    @Test
    void answersAnAnchorWithWhatIsBoughtWithIt() {
        JsonNode answer = recommend(giftShop(), "productId=teapot&strategy=auto&limit=3");
        assertThat(ids(answer).getFirst()).isEqualTo("tea-tin");
        assertThat(reasons(answer).getFirst()).isEqualTo("Often bought with Porcelain Teapot");
        assertThat(answer.get("meta").get("strategy").asString()).isEqualTo("auto");
    }

    @Test
    void answersAStrangerWithWhatIsPopularRightNow() {
        JsonNode answer = recommend(giftShop(), "userId=stranger&strategy=auto&limit=3");
        assertThat(ids(answer).getFirst()).isEqualTo("bulb");
        assertThat(reasons(answer)).first().isEqualTo("Popular right now");
        assertThat(reasons(answer)).noneMatch(reason -> reason.startsWith("Because you"));
    }

    @Test
    void reportsTheDefaultBlendOfATenantTooSmallToHoldOut() {
        Shop shop = giftShop();
        AutoTuningReport tuning = quality.tuning(shop.tenant()).orElseThrow();
        assertThat(tuning.blend()).startsWith("collaborative 1 + frequently_bought_together 0.1");
        assertThat(tuning.note()).contains("Too little history to tune on");
        assertThat(tuning.holdout()).isEmpty();
        assertThat(tuning.tunedAt()).isBefore(Instant.now());
    }

    @Test
    void isAcceptedByWidgetsAndExperiments() {
        Shop shop = giftShop();
        String base = "/api/v1/tenants/" + shop.tenant();
        var widget = api.post(base + "/widgets", Map.of("placementId", "home", "layout", "grid", "strategy", "auto"))
                .bearer(shop.admin().accessToken())
                .send();
        assertThat(widget.status()).as(widget.body()).isEqualTo(201);
        var experiment = api.post(
                        base + "/experiments", ExperimentRequests.experiment("home", "collaborative", "auto", 50))
                .bearer(shop.admin().accessToken())
                .send();
        assertThat(experiment.status()).as(experiment.body()).isEqualTo(201);
    }
}
