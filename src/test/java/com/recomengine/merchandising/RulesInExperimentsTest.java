package com.recomengine.merchandising;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.support.Api;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An experiment measuring the rules' lift: its variant (variantRules false) is answered without the tenant's rules,
 * its control with them, both with the same strategy; two arms alike in strategy and rules are refused.
 */
class RulesInExperimentsTest extends RulesHttpTest {

    @Test
    void theVariantOfARulesExperimentIsAnsweredWithoutTheRulesAndTheControlWithThem() {
        Shop shop = giftShop();
        createRule(shop, rule("No lighting", "exclude", "item.category == \"Lighting\""));
        Api.Response created = createExperiment(shop, false);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("variantRules").asBoolean()).isFalse();
        String experiment = created.json().get("id").asString();
        Api.Response started = api.post(experiments(shop) + "/" + experiment + "/start", Map.of())
                .bearer(shop.admin().accessToken())
                .send();
        assertThat(started.status()).as(started.body()).isEqualTo(200);

        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            String user = "visitor-" + i;
            JsonNode answer = eventually(
                    () -> recommend(shop, "userId=" + user + "&placementId=home&limit=50"),
                    a -> a.get("meta").hasNonNull("experimentId"));
            String arm = answer.get("meta").get("variant").asString();
            seen.merge(arm, 1, Integer::sum);
            assertThat(answer.get("meta").get("strategy").asString()).isEqualTo("popular");
            if (arm.equals("variant")) {
                assertThat(ids(answer)).as("the variant without rules").contains("bulb", "lamp");
                assertThat(rulesApplied(answer)).isZero();
            } else {
                assertThat(ids(answer)).as("the control with its rules").doesNotContain("bulb", "lamp");
            }
        }
        assertThat(seen).containsOnlyKeys("control", "variant");
    }

    @Test
    void twoArmsAlikeInStrategyAndRulesAreRefused() {
        Shop shop = giftShop();
        Api.Response refused = createExperiment(shop, true);
        assertProblem(refused, 400);
        assertThat(refused.body()).contains("variantStrategy");
        assertThat(api.get(experiments(shop))
                        .bearer(shop.admin().accessToken())
                        .send()
                        .json()
                        .get("data")
                        .size())
                .isZero();
    }

    private Api.Response createExperiment(Shop shop, boolean variantRules) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "What the rules add");
        body.put("placementId", "home");
        body.put("controlStrategy", "popular");
        body.put("variantStrategy", "popular");
        body.put("trafficSplit", 50);
        body.put("primaryMetric", "ctr");
        body.put("variantRules", variantRules);
        return api.post(experiments(shop), body)
                .bearer(shop.admin().accessToken())
                .send();
    }

    private static String experiments(Shop shop) {
        return "/api/v1/tenants/" + shop.tenant() + "/experiments";
    }
}
