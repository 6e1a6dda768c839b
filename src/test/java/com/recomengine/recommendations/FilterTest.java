package com.recomengine.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What is never recommended, and the request's constraints. */
class FilterTest extends RecommendationsHttpTest {

    @Test
    void neverReturnsTheAnchorProductNorWhatTheShopperBought() {
        Shop shop = giftShop();
        assertThat(ids(recommend(shop, "userId=alice&strategy=popular&limit=20")))
                .doesNotContain("teapot");
        assertThat(ids(recommend(shop, "productId=bulb&strategy=popular&limit=20")))
                .doesNotContain("bulb")
                .contains("teapot");
    }

    @Test
    void showsWhatTheShopperBoughtWhenTheTenantAllowsIt() {
        Shop shop = giftShop();
        var patch = api.patch("/api/v1/tenants/" + shop.tenant(), Map.of("excludePurchased", false))
                .bearer(shop.admin().accessToken())
                .send();
        assertThat(patch.status()).as(patch.body()).isEqualTo(200);
        eventually(
                () -> recommend(shop, "userId=alice&strategy=popular&limit=3"),
                answer -> ids(answer).contains("teapot"));
    }

    @Test
    void keepsToTheRequestedCategoryAndPriceRange() {
        Shop shop = giftShop();
        assertThat(ids(recommend(shop, "strategy=popular&category=lighting&limit=10")))
                .containsExactlyInAnyOrder("bulb", "lamp");
        JsonNode cheap = recommend(shop, "strategy=popular&maxPrice=8&limit=10");
        assertThat(cheap.get("data")
                        .valueStream()
                        .map(item -> item.get("price").asDouble())
                        .toList())
                .isNotEmpty()
                .allMatch(price -> price <= 8);
        JsonNode dear = recommend(shop, "strategy=popular&minPrice=20.00&limit=10");
        assertThat(ids(dear)).containsExactlyInAnyOrder("teapot", "lamp");
    }

    @Test
    void aProductThatBecomesUnavailableIsNoLongerRecommended() {
        Shop shop = giftShop();
        assertThat(ids(recommend(shop, "strategy=popular&limit=3"))).contains("bulb");
        Map<String, Object> gone = GiftShop.catalog().stream()
                .filter(p -> p.get("productId").equals("bulb"))
                .findFirst()
                .orElseThrow();
        gone.put("available", false);
        sendCatalog(shop, List.of(gone));
        eventually(
                () -> recommend(shop, "strategy=popular&limit=3"),
                answer -> !ids(answer).contains("bulb"));
    }

    @Test
    void theTenantsExcludedCategoriesAreLeftOut() {
        Shop shop = giftShop();
        var patch = api.patch("/api/v1/tenants/" + shop.tenant(), Map.of("excludedCategories", List.of("Lighting")))
                .bearer(shop.admin().accessToken())
                .send();
        assertThat(patch.status()).as(patch.body()).isEqualTo(200);
        JsonNode answer = eventually(() -> recommend(shop, "strategy=popular&limit=20"), a -> !ids(a).contains("bulb"));
        assertThat(ids(answer)).doesNotContain("lamp", "bulb").contains("teapot");
    }
}
