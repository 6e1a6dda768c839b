package com.recomengine.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.experiments.ExperimentRequests;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A running experiment on the placement picks each shopper's strategy, and the answer says which arm. */
class ExperimentOverrideTest extends RecommendationsHttpTest {

    @Test
    void aRunningExperimentDecidesTheStrategyAndTheAnswerNamesItsArm() {
        Shop shop = openShop();
        sendCatalog(shop, GiftShop.catalog());
        sendEvents(shop, GiftShop.history(Instant.now()));
        rebuild(shop);
        String base = "/api/v1/tenants/" + shop.tenant() + "/experiments";
        var created = api.post(base, ExperimentRequests.experiment("home", "popular", "trending", 50))
                .bearer(shop.admin().accessToken())
                .send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String experiment = created.json().get("id").asString();
        var started = api.post(base + "/" + experiment + "/start")
                .bearer(shop.admin().accessToken())
                .send();
        assertThat(started.status()).as(started.body()).isEqualTo(200);

        JsonNode answer = eventually(
                () -> recommend(shop, "placementId=home&userId=visitor-1&limit=2"),
                a -> !a.get("meta").get("experimentId").isNull());
        JsonNode meta = answer.get("meta");
        assertThat(meta.get("experimentId").asString()).isEqualTo(experiment);
        assertThat(meta.get("placementId").asString()).isEqualTo("home");
        String variant = meta.get("variant").asString();
        assertThat(variant).isIn("control", "variant");
        assertThat(ids(answer).getFirst()).isEqualTo(variant.equals("control") ? "bulb" : "candle");

        JsonNode sameVisitor = recommend(shop, "placementId=home&userId=someone-else&assignmentId=visitor-1&limit=2");
        assertThat(sameVisitor.get("meta").get("variant").asString()).isEqualTo(variant);

        JsonNode overridden = recommend(shop, "placementId=home&userId=visitor-1&strategy=popular&limit=2");
        assertThat(overridden.get("meta").get("experimentId").isNull()).isTrue();
        assertThat(overridden.get("meta").get("variant").isNull()).isTrue();
    }
}
