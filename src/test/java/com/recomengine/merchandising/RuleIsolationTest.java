package com.recomengine.merchandising;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.support.Api;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Another admin's rules are indistinguishable from ones that do not exist; a rule never touches another tenant. */
class RuleIsolationTest extends RulesHttpTest {

    @Test
    void anotherAdminGetsNotFoundOnEveryRuleEndpointAndChangesNothing() {
        Shop shop = openShop();
        Admin stranger = signUpAndLogIn();
        JsonNode created = createRule(shop, rule("Ours", "exclude", "item.price > 100.0"));
        String base = rules(shop.tenant().toString());
        String one = base + "/" + created.get("id").asString();

        List<Function<Api, Api.Request>> calls = List.of(
                a -> a.get(base),
                a -> a.post(base, rule("Planted", "exclude", "true")),
                a -> a.get(one),
                a -> a.put(one, rule("Taken over", "exclude", "true")),
                a -> a.delete(one),
                a -> a.post(base + "/check", Map.of("condition", "true")),
                a -> a.post(base + "/preview", Map.of("placementId", "home")));
        for (var call : calls) {
            assertProblem(call.apply(api).bearer(stranger.accessToken()).send(), 404);
        }

        // The stranger's own tenant does not open the owner's rule either.
        String strangersTenant = createTenant(stranger);
        assertProblem(
                api.get(rules(strangersTenant) + "/" + created.get("id").asString())
                        .bearer(stranger.accessToken())
                        .send(),
                404);
        assertThat(api.get(one)
                        .bearer(shop.admin().accessToken())
                        .send()
                        .json()
                        .get("name")
                        .asString())
                .isEqualTo("Ours");
        assertThat(ruleCount(shop)).isEqualTo(1);
    }

    @Test
    void keysReachNoRuleEndpoint() {
        Shop shop = openShop();
        assertProblem(
                api.get(rules(shop.tenant().toString())).key(shop.readKey()).send(), 403);
        assertProblem(
                api.post(rules(shop.tenant().toString()), rule("x", "exclude", "true"))
                        .key(shop.writeKey())
                        .send(),
                403);
        assertProblem(api.get(rules(shop.tenant().toString())).send(), 401);
        assertThat(ruleCount(shop)).isZero();
    }

    @Test
    void aTenantsRulesNeverChangeAnotherTenantsAnswers() {
        Shop ours = giftShop();
        Shop theirs = giftShop();
        List<String> before = ids(recommend(theirs, "strategy=popular&limit=10"));
        createRule(ours, rule("Hide everything", "exclude", "true"));
        eventually(() -> recommend(ours, "strategy=popular&limit=10"), a -> ids(a).isEmpty());
        assertThat(ids(recommend(theirs, "strategy=popular&limit=10"))).isEqualTo(before);
    }
}
