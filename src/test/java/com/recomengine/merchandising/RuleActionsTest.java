package com.recomengine.merchandising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Each action on the gift shop's popular list, whose scores without rules are known from the same shop. */
class RuleActionsTest extends RulesHttpTest {

    private static final String POPULAR = "strategy=popular&limit=6&placementId=home";

    @Test
    void aBoostMultipliesTheScoreAndMovesTheItemUpAmongTheOthers() {
        Shop shop = giftShop();
        JsonNode before = recommend(shop, POPULAR);
        List<String> order = ids(before);
        List<Double> scores = scores(before);
        String lifted = order.get(4);
        double boosted = scores.get(4) * 3.0;
        int expected = (int) scores.stream().filter(s -> s > boosted).count();

        createRule(shop, rule("Lift", "boost", "item.productId == \"" + lifted + "\"", "factor", 3.0));
        JsonNode after = eventually(() -> recommend(shop, POPULAR), a -> rulesApplied(a) == 1);

        assertThat(ids(after).indexOf(lifted)).isEqualTo(expected).isLessThan(4);
        assertThat(scores(after).get(expected)).isCloseTo(boosted, within(boosted * 1e-5));
        assertThat(rulesOf(after, lifted)).containsExactly("Lift");
        List<String> others = new ArrayList<>(order);
        others.remove(lifted);
        List<String> afterOthers = new ArrayList<>(ids(after));
        afterOthers.remove(lifted);
        assertThat(afterOthers).isEqualTo(others);
    }

    @Test
    void aBuryDividesTheScoreAndMovesTheItemDown() {
        Shop shop = giftShop();
        JsonNode before = recommend(shop, POPULAR);
        String top = ids(before).getFirst();
        double buried = scores(before).getFirst() * 0.3;
        int expected =
                (int) scores(before).stream().skip(1).filter(s -> s >= buried).count();

        createRule(shop, rule("Sink", "bury", "item.productId == \"" + top + "\"", "factor", 0.3));
        JsonNode after = eventually(() -> recommend(shop, POPULAR), a -> rulesApplied(a) == 1);

        assertThat(ids(after).indexOf(top)).isEqualTo(expected).isPositive();
        assertThat(scores(after).get(expected)).isCloseTo(buried, within(buried * 1e-5));
        assertThat(rulesOf(after, top)).containsExactly("Sink");
    }

    @Test
    void excludeAndRequireFilterAndTheListIsStillFilled() {
        Shop shop = giftShop();
        List<String> everything = ids(recommend(shop, "strategy=popular&limit=50"));
        createRule(shop, rule("No lighting", "exclude", "item.category == \"Lighting\""));
        JsonNode excluded =
                eventually(() -> recommend(shop, "strategy=popular&limit=3"), a -> !ids(a).contains("bulb"));
        assertThat(ids(excluded)).hasSize(3).doesNotContain("bulb", "lamp");

        createRule(shop, rule("Kitchen only", "require", "item.category == \"Kitchen\" && item.price < 10.0"));
        JsonNode required =
                eventually(() -> recommend(shop, "strategy=popular&limit=3"), a -> !ids(a).contains("teapot"));
        List<String> cheapKitchen = everything.stream()
                .filter(id ->
                        List.of("tea-tin", "mug-red", "mug-blue", "mug-green").contains(id))
                .limit(3)
                .toList();
        assertThat(ids(required)).isEqualTo(cheapKitchen).hasSize(3);
    }

    @Test
    void pinsPlaceProductsAtPositionsOneAndThreeEvenWhenTheStrategyDidNotPickThem() {
        Shop shop = giftShop();
        List<String> before = ids(recommend(shop, POPULAR));
        assertThat(before).doesNotContain("f3", "f7");
        createRule(shop, rule("Gnome first", "pin", "true", "productId", "f3", "position", 1));
        createRule(shop, rule("Chess third", "pin", "true", "productId", "f7", "position", 3));
        createRule(shop, rule("Missing", "pin", "true", "productId", "no-such-product", "position", 2));

        JsonNode after = eventually(() -> recommend(shop, POPULAR), a -> rulesApplied(a) == 2);
        List<String> expected = new ArrayList<>(before);
        expected.add(0, "f3");
        expected.add(2, "f7");
        assertThat(ids(after)).isEqualTo(expected.subList(0, 6));
        assertThat(rulesOf(after, "f3")).containsExactly("Gnome first");
        assertThat(reasons(after).get(2)).isEqualTo("Featured");
    }

    @Test
    void aPinnedProductThatIsUnavailableOrExcludedIsNotShown() {
        Shop shop = giftShop();
        List<String> before = ids(recommend(shop, POPULAR));
        createRule(shop, rule("No gifts", "exclude", "item.category.startsWith(\"Gifts\")", "priority", 1));
        createRule(shop, rule("Gnome first", "pin", "true", "productId", "f3", "position", 1));
        createRule(shop, rule("Anchor", "pin", "true", "productId", "teapot", "position", 1));
        JsonNode after = eventually(() -> recommend(shop, POPULAR + "&productId=teapot"), a -> cache(a).equals("miss"));
        assertThat(ids(after)).doesNotContain("f3", "teapot");
        assertThat(ids(recommend(shop, POPULAR))).startsWith("teapot").doesNotContain("f3");
        assertThat(before).isNotEmpty();
    }

    @Test
    void aPromotionFillsExactlyMaxSlotsWithTheBestMatchingItems() {
        Shop shop = giftShop();
        List<String> everything = ids(recommend(shop, "strategy=popular&limit=50&placementId=home"));
        List<String> mugs =
                everything.stream().filter(id -> id.startsWith("mug-")).toList();
        assertThat(mugs).hasSizeGreaterThanOrEqualTo(2);
        List<String> before = ids(recommend(shop, POPULAR));

        createRule(shop, rule("Mugs", "promote", "item.name.contains(\"Mug\")", "maxSlots", 2));
        JsonNode after = eventually(() -> recommend(shop, POPULAR), a -> rulesApplied(a) == 1);
        List<String> expected = new ArrayList<>(mugs.subList(0, 2));
        before.stream().filter(id -> !expected.contains(id)).forEach(expected::add);
        assertThat(ids(after)).isEqualTo(expected.subList(0, 6));
        assertThat(ids(after).stream().filter(id -> id.startsWith("mug-"))).hasSize(2);
        assertThat(rulesOf(after, mugs.get(0))).containsExactly("Mugs");
    }

    @Test
    void aRuleOutsideItsWindowDoesNothingUntilTheWindowOpens() {
        Shop shop = giftShop();
        List<String> before = ids(recommend(shop, POPULAR));
        String top = before.getFirst();
        Instant opens = Instant.now().plusSeconds(3);
        createRule(shop, rule("Later", "exclude", "item.productId == \"" + top + "\"", "activeFrom", opens.toString()));
        createRule(
                shop,
                rule(
                        "Over",
                        "exclude",
                        "item.productId == \"" + before.get(1) + "\"",
                        "activeTo",
                        Instant.now().minusSeconds(60).toString()));
        sleep(300);
        assertThat(ids(recommend(shop, POPULAR))).isEqualTo(before);
        assertThat(ids(recommend(shop, POPULAR))).isEqualTo(before);
        JsonNode opened = eventually(() -> recommend(shop, POPULAR), a -> !ids(a).contains(top));
        assertThat(Instant.now()).isAfterOrEqualTo(opens);
        assertThat(ids(opened)).contains(before.get(1));
    }

    @Test
    void rulesOfOtherPlacementsAndDisabledRulesDoNotApply() {
        Shop shop = giftShop();
        List<String> before = ids(recommend(shop, POPULAR));
        String top = before.getFirst();
        createRule(
                shop, rule("Cart only", "exclude", "item.productId == \"" + top + "\"", "placements", List.of("cart")));
        createRule(shop, rule("Off", "exclude", "true", "enabled", false));
        JsonNode cart = eventually(
                () -> recommend(shop, "strategy=popular&limit=6&placementId=cart"), a -> !ids(a).contains(top));
        assertThat(ids(cart)).hasSize(6);
        assertThat(ids(recommend(shop, POPULAR))).isEqualTo(before);
    }

    @Test
    void conditionsSeeTheContextAndTheAttributes() {
        Shop shop = giftShop();
        Map<String, Object> candle = GiftShop().stream()
                .filter(p -> p.get("productId").equals("candle"))
                .findFirst()
                .orElseThrow();
        candle.put("attributes", Map.of("scent", "vanilla", "burnHours", 40));
        sendCatalog(shop, List.of(candle));
        createRule(
                shop,
                rule(
                        "Long candles for known shoppers",
                        "exclude",
                        "context.userKnown && item.attributes.burnHours > 30 && item.attributes.scent == \"vanilla\""));
        eventually(() -> recommend(shop, "strategy=popular&limit=20&userId=someone"), a -> !ids(a).contains("candle"));
        assertThat(ids(recommend(shop, "strategy=popular&limit=20"))).contains("candle");
    }

    @Test
    void thePreviewShowsThePlacementWithAndWithoutTheRulesSideBySide() {
        Shop shop = giftShop();
        List<String> before = ids(recommend(shop, POPULAR));
        createRule(shop, rule("Gnome first", "pin", "true", "productId", "f3", "position", 1));
        var preview = api.post(
                        rules(shop.tenant().toString()) + "/preview",
                        Map.of("placementId", "home", "userId", "alice", "limit", 6))
                .bearer(shop.admin().accessToken())
                .send();
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        JsonNode with = preview.json().get("withRules");
        JsonNode without = preview.json().get("withoutRules");
        assertThat(ids(with).getFirst()).isEqualTo("f3");
        assertThat(with.get("rulesApplied").asInt()).isEqualTo(1);
        assertThat(ids(without)).doesNotContain("f3").hasSize(6);
        assertThat(ids(with).subList(1, 6)).isEqualTo(ids(without).subList(0, 5));
        assertThat(without.get("rulesApplied").asInt()).isZero();
        assertThat(before).isNotEmpty();
        assertProblem(
                api.post(rules(shop.tenant().toString()) + "/preview", Map.of("limit", 6))
                        .bearer(shop.admin().accessToken())
                        .send(),
                400);
    }

    private static List<Map<String, Object>> GiftShop() {
        return com.recomengine.recommendations.GiftShop.catalog();
    }
}
