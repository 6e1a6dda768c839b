package com.recomengine.merchandising;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.recommendations.GiftShop;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A placement's widget caps how many items of one category its list holds. */
class DiversityTest extends RulesHttpTest {

    private static final Map<String, String> CATEGORY = GiftShop.catalog().stream()
            .collect(Collectors.toMap(p -> (String) p.get("productId"), p -> (String) p.get("category")));

    @Test
    void maxPerCategoryKeepsAtMostThatManyOfACategoryAndStillFillsTheList() {
        Shop shop = giftShop();
        List<String> plain = ids(recommend(shop, "strategy=popular&limit=5&placementId=home"));
        assertThat(perCategory(plain).get("Kitchen")).isGreaterThanOrEqualTo(2);
        List<String> everything = ids(recommend(shop, "strategy=popular&limit=50"));

        var widget = api.put(
                        "/api/v1/tenants/" + shop.tenant() + "/widgets/home",
                        Map.of("maxPerCategory", 1, "maxItems", 5))
                .bearer(shop.admin().accessToken())
                .send();
        assertThat(widget.status()).as(widget.body()).isEqualTo(201);
        assertThat(widget.json().get("maxPerCategory").asInt()).isEqualTo(1);

        JsonNode diverse = eventually(
                () -> recommend(shop, "strategy=popular&limit=5&placementId=home"),
                a -> perCategory(ids(a)).values().stream().allMatch(n -> n == 1));
        // The best item of each category, in the strategy's order, as many as there are categories (up to 5).
        List<String> expected = everything.stream()
                .filter(firstOfItsCategory(everything))
                .limit(5)
                .toList();
        assertThat(ids(diverse)).isEqualTo(expected);
        assertProblem(
                api.put("/api/v1/tenants/" + shop.tenant() + "/widgets/home", Map.of("maxPerCategory", 0))
                        .bearer(shop.admin().accessToken())
                        .send(),
                400);
    }

    private static java.util.function.Predicate<String> firstOfItsCategory(List<String> ranked) {
        return id -> ranked.stream()
                .filter(other -> CATEGORY.get(other).equals(CATEGORY.get(id)))
                .findFirst()
                .orElseThrow()
                .equals(id);
    }

    private static Map<String, Long> perCategory(List<String> ids) {
        return ids.stream().collect(Collectors.groupingBy(CATEGORY::get, Collectors.counting()));
    }
}
