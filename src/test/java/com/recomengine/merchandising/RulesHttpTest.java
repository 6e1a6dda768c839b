package com.recomengine.merchandising;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.recommendations.RecommendationsHttpTest;
import com.recomengine.support.Api;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Rules through the admin API, on shops whose answers are known. */
abstract class RulesHttpTest extends RecommendationsHttpTest {

    static String rules(String tenant) {
        return "/api/v1/tenants/" + tenant + "/rules";
    }

    Api.Response postRule(Shop shop, Map<String, Object> rule) {
        return api.post(rules(shop.tenant().toString()), rule)
                .bearer(shop.admin().accessToken())
                .send();
    }

    JsonNode createRule(Shop shop, Map<String, Object> rule) {
        Api.Response created = postRule(shop, rule);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    static Map<String, Object> rule(String name, String action, String condition, Object... more) {
        Map<String, Object> rule = new HashMap<>();
        rule.put("name", name);
        rule.put("action", action);
        rule.put("condition", condition);
        for (int i = 0; i < more.length; i += 2) {
            rule.put((String) more[i], more[i + 1]);
        }
        return rule;
    }

    int ruleCount(Shop shop) {
        return api.get(rules(shop.tenant().toString()))
                .bearer(shop.admin().accessToken())
                .send()
                .json()
                .get("data")
                .size();
    }

    static List<Double> scores(JsonNode answer) {
        List<Double> scores = new ArrayList<>();
        answer.get("data").forEach(item -> scores.add(item.get("score").asDouble()));
        return scores;
    }

    static List<String> rulesOf(JsonNode answer, String productId) {
        for (JsonNode item : answer.get("data")) {
            if (item.get("productId").asString().equals(productId)) {
                List<String> names = new ArrayList<>();
                item.get("rules").forEach(name -> names.add(name.asString()));
                return names;
            }
        }
        throw new AssertionError(productId + " is not in " + answer);
    }

    static int rulesApplied(JsonNode answer) {
        return answer.get("meta").get("rulesApplied").asInt();
    }
}
