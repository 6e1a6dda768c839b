package com.recomengine.merchandising;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /recommendations/next} continues an answer page by page, never repeating a product. */
class InfiniteScrollTest extends RulesHttpTest {

    @Test
    void nextPagesContinueTheAnswerWithoutRepeatsUntilItIsExhausted() {
        Shop shop = giftShop();
        List<String> whole = ids(recommend(shop, "strategy=popular&limit=50&placementId=feed"));
        assertThat(whole).hasSizeGreaterThan(6);
        JsonNode first = recommend(shop, "strategy=popular&limit=3&placementId=feed");
        String id = first.get("meta").get("recommendationId").asString();

        List<String> seen = new ArrayList<>(ids(first));
        JsonNode next = next(shop, id, 3);
        for (int page = 0; page < 20 && !ids(next).isEmpty(); page++) {
            assertThat(next.get("meta").get("recommendationId").asString()).isEqualTo(id);
            assertThat(ids(next)).hasSizeLessThanOrEqualTo(3).doesNotContainAnyElementsOf(seen);
            seen.addAll(ids(next));
            next = next(shop, id, 3);
        }
        assertThat(ids(next)).isEmpty();
        assertThat(seen).isEqualTo(whole);
        assertThat(new HashSet<>(seen)).hasSameSizeAs(whole);
    }

    @Test
    void theRulesOfThePlacementHoldOnEveryPage() {
        Shop shop = giftShop();
        createRule(shop, rule("No lighting", "exclude", "item.category == \"Lighting\""));
        JsonNode first = eventually(
                () -> recommend(shop, "strategy=popular&limit=2&placementId=feed"),
                a -> !ids(a).contains("bulb") && !ids(a).contains("lamp"));
        JsonNode next = next(shop, first.get("meta").get("recommendationId").asString(), 5);
        assertThat(ids(next)).isNotEmpty().doesNotContain("bulb", "lamp").doesNotContainAnyElementsOf(ids(first));
    }

    @Test
    void anUnknownIdOrAnotherTenantsIdIsNotFound() {
        Shop shop = giftShop();
        Shop other = openShop();
        String id = recommend(shop, "strategy=popular&limit=3")
                .get("meta")
                .get("recommendationId")
                .asString();
        assertProblem(
                api.get("/api/v1/recommendations/next?limit=3&recommendationId=" + UUID.randomUUID())
                        .key(shop.readKey())
                        .send(),
                404);
        assertProblem(
                api.get("/api/v1/recommendations/next?limit=3&recommendationId=" + id)
                        .key(other.readKey())
                        .send(),
                404);
        var noId = api.get("/api/v1/recommendations/next?limit=3")
                .key(shop.readKey())
                .send();
        assertProblem(noId, 400);
        assertThat(fieldsOf(noId)).contains("recommendationId");
        assertProblem(
                api.get("/api/v1/recommendations/next?limit=0&recommendationId=" + id)
                        .key(shop.readKey())
                        .send(),
                400);
    }

    private JsonNode next(Shop shop, String recommendationId, int limit) {
        var response = api.get("/api/v1/recommendations/next?limit=" + limit + "&recommendationId=" + recommendationId)
                .key(shop.readKey())
                .send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
