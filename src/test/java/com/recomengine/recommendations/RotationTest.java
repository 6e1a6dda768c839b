package com.recomengine.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import com.recomengine.support.Api;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A rotating placement demotes what its shopper was shown within the window: on the gift shop's popular list (seven
 * products, one strategy, so the expected order follows from the scores alone), impressions sent through the events
 * API move the shown products down by the placement's strength, for that shopper only.
 */
class RotationTest extends RecommendationsHttpTest {

    @Test
    void atFullStrengthShownProductsComeBackOnlyAfterEveryOther() {
        Shop shop = giftShop();
        List<String> reference = ids(plain(shop, "rita"));
        assertThat(reference).hasSize(7);
        placement(shop, "home", Map.of("rotationHours", 24, "rotationStrength", 1));
        JsonNode before = recommend(shop, "strategy=popular&limit=4&placementId=home&userId=rita");
        assertThat(ids(before)).isEqualTo(reference.subList(0, 4));

        List<String> shown = reference.subList(0, 3);
        impressions(shop, "rita", shown, Instant.now().minus(Duration.ofMinutes(5)));

        List<String> rest = reference.subList(3, 7);
        JsonNode rotated = eventually(
                () -> recommend(shop, "strategy=popular&limit=4&placementId=home&userId=rita"),
                answer -> ids(answer).equals(rest));
        assertThat(ids(rotated)).doesNotContainAnyElementsOf(shown);
        JsonNode whole = recommend(shop, "strategy=popular&limit=7&placementId=home&userId=rita");
        List<String> expected = new ArrayList<>(rest);
        expected.addAll(shown);
        assertThat(ids(whole)).as("shown ones only when nothing else is left").isEqualTo(expected);
        assertThat(scores(whole).subList(4, 7)).containsOnly(0.0);

        assertThat(ids(recommend(shop, "strategy=popular&limit=4&placementId=home&userId=sam")))
                .as("another shopper's list is not rotated by rita's impressions")
                .isEqualTo(reference.subList(0, 4));
        assertThat(ids(recommend(shop, "strategy=popular&limit=4&userId=rita")))
                .as("no placement, no rotation")
                .isEqualTo(reference.subList(0, 4));
    }

    @Test
    void atHalfStrengthAShownProductScoresHalfAndMovesBelowEveryProductThatNowScoresHigher() {
        Shop shop = giftShop();
        JsonNode plain = plain(shop, "hugo");
        placement(shop, "pdp", Map.of("rotationHours", 24, "rotationStrength", 0.5));
        List<String> shown = ids(plain).subList(0, 2);
        impressions(shop, "hugo", shown, Instant.now().minus(Duration.ofHours(23)));

        Map<String, Double> demoted = new LinkedHashMap<>();
        plain.get("data").forEach(item -> {
            String id = item.get("productId").asString();
            double score = item.get("score").asDouble();
            demoted.put(id, shown.contains(id) ? score * 0.5 : score);
        });
        List<String> expected = demoted.keySet().stream()
                .sorted(Comparator.comparingDouble((String id) -> demoted.get(id))
                        .reversed())
                .toList();
        assertThat(expected).as("the halved scores reorder this list").isNotEqualTo(ids(plain));

        JsonNode rotated = eventually(
                () -> recommend(shop, "strategy=popular&limit=7&placementId=pdp&userId=hugo"),
                answer -> ids(answer).equals(expected));
        for (JsonNode item : rotated.get("data")) {
            assertThat(item.get("score").asDouble())
                    .as(item.get("productId").asString())
                    .isCloseTo(demoted.get(item.get("productId").asString()), withinPercentage(0.01));
        }
    }

    @Test
    void impressionsOlderThanTheWindowChangeNothing() {
        Shop shop = giftShop();
        List<String> reference = ids(plain(shop, "olga"));
        placement(shop, "cart", Map.of("rotationHours", 1, "rotationStrength", 1));
        placement(shop, "home", Map.of("rotationHours", 24, "rotationStrength", 1));
        impressions(shop, "olga", reference.subList(0, 3), Instant.now().minus(Duration.ofHours(2)));

        eventually(
                () -> recommend(shop, "strategy=popular&limit=4&placementId=home&userId=olga"),
                answer -> ids(answer).equals(reference.subList(3, 7)));
        assertThat(ids(recommend(shop, "strategy=popular&limit=4&placementId=cart&userId=olga")))
                .as("two hours ago is outside a one-hour window")
                .isEqualTo(reference.subList(0, 4));
    }

    @Test
    void thePageAndTheWidgetRenderRotateToo() {
        Shop shop = giftShop();
        List<String> reference = ids(plain(shop, "pia"));
        placement(
                shop, "home", Map.of("rotationHours", 24, "rotationStrength", 1, "strategy", "popular", "maxItems", 4));
        impressions(shop, "pia", reference.subList(0, 3), Instant.now().minus(Duration.ofMinutes(1)));
        List<String> rest = reference.subList(3, 7);

        eventually(
                () -> api.get("/api/v1/recommendations/page?placements=home&limit=4&userId=pia")
                        .key(shop.readKey())
                        .send()
                        .json()
                        .get("placements")
                        .get("home"),
                answer -> ids(answer).equals(rest));
        Api.Response render = api.get("/api/v1/widgets/home/render?userId=pia")
                .key(shop.readKey())
                .send();
        assertThat(render.status()).as(render.body()).isEqualTo(200);
        List<String> drawn = render.json().findValues("productId").stream()
                .map(JsonNode::asString)
                .toList();
        assertThat(drawn).isEqualTo(rest);
    }

    @Test
    void refusesRotationOutOfRangeNamingTheFieldAndStoresNothing() {
        Shop shop = openShop();
        JsonNode saved = placement(shop, "home", Map.of("rotationHours", 12));
        assertThat(saved.get("rotationHours").asInt()).isEqualTo(12);
        assertThat(saved.get("rotationStrength").asDouble())
                .as("the default strength")
                .isEqualTo(0.5);

        for (Map<String, Object> bad : List.of(
                Map.<String, Object>of("rotationHours", 0),
                Map.<String, Object>of("rotationHours", 721),
                Map.<String, Object>of("rotationHours", 6, "rotationStrength", 1.5),
                Map.<String, Object>of("rotationHours", 6, "rotationStrength", -0.1),
                Map.<String, Object>of("rotationStrength", 0.3))) {
            Api.Response refused = put(shop, "home", bad);
            assertProblem(refused, 400);
            String field = bad.containsKey("rotationStrength") ? "rotationStrength" : "rotationHours";
            assertThat(fieldsOf(refused)).as(refused.body()).containsExactly(field);
        }
        JsonNode kept = api.get("/api/v1/tenants/" + shop.tenant() + "/widgets/home")
                .bearer(shop.admin().accessToken())
                .send()
                .json();
        assertThat(kept.get("rotationHours").asInt()).isEqualTo(12);
        assertThat(kept.get("rotationStrength").asDouble()).isEqualTo(0.5);

        JsonNode none = placement(shop, "home", Map.of());
        assertThat(set(none, "rotationHours")).isFalse();
        assertThat(set(none, "rotationStrength")).isFalse();
    }

    /** The shopper's list without any placement: the popular products with their scores, best first. */
    private JsonNode plain(Shop shop, String user) {
        return recommend(shop, "strategy=popular&limit=50&userId=" + user);
    }

    private JsonNode placement(Shop shop, String placement, Map<String, Object> widget) {
        Api.Response saved = put(shop, placement, widget);
        assertThat(saved.status()).as(saved.body()).isIn(200, 201);
        return saved.json();
    }

    private Api.Response put(Shop shop, String placement, Map<String, Object> widget) {
        return api.put("/api/v1/tenants/" + shop.tenant() + "/widgets/" + placement, new HashMap<>(widget))
                .bearer(shop.admin().accessToken())
                .send();
    }

    private void impressions(Shop shop, String user, List<String> products, Instant at) {
        List<Map<String, Object>> events = new ArrayList<>();
        products.forEach(product -> events.add(event("impression", user, product, at)));
        sendEvents(shop, events);
    }

    private static boolean set(JsonNode node, String field) {
        return node.has(field) && !node.get(field).isNull();
    }

    private static List<Double> scores(JsonNode answer) {
        List<Double> scores = new ArrayList<>();
        answer.get("data").forEach(item -> scores.add(item.get("score").asDouble()));
        return scores;
    }
}
