package com.recomengine.merchandising;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.support.Api;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Rules are created, read, replaced and deleted by the tenant's admin; bad input changes nothing. */
class RuleApiTest extends RulesHttpTest {

    @Test
    void createsReadsReplacesAndDeletesARule() {
        Shop shop = openShop();
        JsonNode created = createRule(
                shop,
                rule(
                        "Tea sale",
                        "boost",
                        "item.category in [\"Candles\", \"Tea\"] && item.price >= 5.0",
                        "factor",
                        1.5,
                        "placements",
                        java.util.List.of("home_top"),
                        "activeFrom",
                        "2026-01-01T00:00:00Z"));
        assertThat(created.get("action").asString()).isEqualTo("boost");
        assertThat(created.get("factor").asDouble()).isEqualTo(1.5);
        assertThat(created.get("enabled").asBoolean()).isTrue();
        assertThat(created.get("priority").asInt()).isEqualTo(100);
        assertThat(created.get("placements").get(0).asString()).isEqualTo("home_top");
        String one = rules(shop.tenant().toString()) + "/" + created.get("id").asString();

        var read = api.get(one).bearer(shop.admin().accessToken()).send();
        assertThat(read.json().get("name").asString()).isEqualTo("Tea sale");
        assertThat(read.json().get("activeFrom").asString()).isEqualTo("2026-01-01T00:00:00Z");

        var replaced = api.put(one, rule("Hide lamps", "exclude", "item.category == \"Lighting\"", "priority", 5))
                .bearer(shop.admin().accessToken())
                .send();
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.json().get("action").asString()).isEqualTo("exclude");
        assertThat(replaced.json().get("factor").isNull()).isTrue();
        assertThat(replaced.json().get("placements").size()).isZero();
        assertThat(ruleCount(shop)).isEqualTo(1);

        assertThat(api.delete(one).bearer(shop.admin().accessToken()).send().status())
                .isEqualTo(204);
        assertProblem(api.get(one).bearer(shop.admin().accessToken()).send(), 404);
        assertThat(ruleCount(shop)).isZero();
    }

    @Test
    void badRulesAnswerAProblemNamingTheFieldAndStoreNothing() {
        Shop shop = openShop();
        assertRejected(shop, rule("x", "shuffle", "true"), "action");
        assertRejected(shop, rule("x", "boost", "true", "factor", 0.5), "factor");
        assertRejected(shop, rule("x", "boost", "true"), "factor");
        assertRejected(shop, rule("x", "bury", "true", "factor", 1.5), "factor");
        assertRejected(shop, rule("x", "exclude", "true", "factor", 2.0), "factor");
        assertRejected(shop, rule("x", "pin", "true", "productId", "teapot", "position", 0), "position");
        assertRejected(shop, rule("x", "pin", "true", "position", 1), "productId");
        assertRejected(shop, rule("x", "promote", "true", "maxSlots", 0), "maxSlots");
        assertRejected(
                shop,
                rule("x", "exclude", "true", "activeFrom", "2026-06-01T00:00:00Z", "activeTo", "2026-05-01T00:00:00Z"),
                "activeTo");
        assertRejected(shop, rule("x", "exclude", "true", "placements", java.util.List.of("no spaces")), "placements");
        assertRejected(shop, rule("", "exclude", "true"), "name");
        assertRejected(shop, rule("x", "exclude", "item.price"), "condition");
        assertRejected(shop, rule("x", "exclude", "item.colour == \"red\""), "condition");
        assertRejected(shop, rule("x", "exclude", "item.price > 1.0 &&"), "condition");
        assertRejected(shop, rule("x", "exclude", "true || " + "true || ".repeat(300) + "true"), "condition");
        assertThat(ruleCount(shop)).isZero();
    }

    @Test
    void aConditionOverAFieldThatDoesNotExistSaysWhere() {
        Shop shop = openShop();
        Api.Response rejected = postRule(shop, rule("x", "exclude", "item.price > 1.0 && item.colour == \"red\""));
        assertProblem(rejected, 400);
        String message = rejected.json().get("errors").get(0).get("message").asString();
        assertThat(message).startsWith("line 1, column 21").contains("item has productId, name, category");

        var check = api.post(rules(shop.tenant().toString()) + "/check", Map.of("condition", "item.price >= 5.0"))
                .bearer(shop.admin().accessToken())
                .send();
        assertThat(check.status()).as(check.body()).isEqualTo(200);
        assertProblem(
                api.post(rules(shop.tenant().toString()) + "/check", Map.of("condition", "context.page == 1"))
                        .bearer(shop.admin().accessToken())
                        .send(),
                400);
    }

    @Test
    void aTenantHoldsAtMostTwoHundredRules() {
        Shop shop = openShop();
        for (int i = 0; i < 200; i++) {
            createRule(shop, rule("r" + i, "bury", "item.price > " + i + ".0", "factor", 0.9));
        }
        assertRejected(shop, rule("one too many", "exclude", "true"), "rules");
        assertThat(api.get(rules(shop.tenant().toString()))
                        .bearer(shop.admin().accessToken())
                        .send()
                        .json()
                        .get("data")
                        .size())
                .isEqualTo(200);
    }

    @Test
    void anInstantThatIsNotOneIsRefused() {
        Shop shop = openShop();
        assertProblem(postRule(shop, rule("x", "exclude", "true", "activeFrom", "tomorrow")), 400);
        assertProblem(postRule(shop, rule("x", "pin", "true", "productId", "a", "position", "first")), 400);
        assertThat(ruleCount(shop)).isZero();
    }

    private void assertRejected(Shop shop, Map<String, Object> rule, String field) {
        Api.Response rejected = postRule(shop, rule);
        assertProblem(rejected, 400);
        assertThat(fieldsOf(rejected)).as(rejected.body()).contains(field);
    }
}
