package com.recomengine.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The answer cache: hits, invalidation by the shopper's own events, stale-while-revalidate after a new build. */
class CacheTest extends RecommendationsHttpTest {

    @Test
    void aRepeatedRequestIsAnsweredFromTheCacheUnderTheAnswersRecommendationId() {
        Shop shop = giftShop();
        JsonNode first = recommend(shop, "userId=alice&limit=4");
        // (a scheduled build landing in between would make it "stale" once, then "l1" again)
        JsonNode second = eventually(() -> recommend(shop, "userId=alice&limit=4"), a -> cache(a).equals("l1"));
        assertThat(cache(first)).isEqualTo("miss");
        assertThat(ids(second)).isEqualTo(ids(first));
        // the id names the answer (its scroll was remembered once, when it was computed), not each hit
        assertThat(second.get("meta").get("recommendationId").asString())
                .isEqualTo(first.get("meta").get("recommendationId").asString());
    }

    @Test
    void aPurchaseRemovesTheBoughtItemFromThatShoppersNextAnswer() {
        Shop shop = giftShop();
        sendEvents(shop, List.of(event("view", "bob", "teapot", Instant.now().minusSeconds(60))));
        JsonNode before = eventually(
                () -> recommend(shop, "userId=bob&strategy=collaborative&limit=3"),
                answer -> ids(answer).contains("tea-tin"));
        assertThat(reasons(before).get(ids(before).indexOf("tea-tin")))
                .isEqualTo("Because you viewed Porcelain Teapot");
        eventually(() -> recommend(shop, "userId=bob&strategy=collaborative&limit=3"), a -> cache(a).equals("l1"));

        sendEvents(
                shop, List.of(purchase("bob", "tea-tin", "o-bob", Instant.now().minusSeconds(5))));

        JsonNode after = eventually(
                () -> recommend(shop, "userId=bob&strategy=collaborative&limit=3"),
                answer -> !ids(answer).contains("tea-tin"));
        // Viewed, not bought: the teapot may be recommended now, because of the tea tin bob bought.
        assertThat(reasons(after).get(ids(after).indexOf("teapot"))).isEqualTo("Because you bought Loose Leaf Tea Tin");
    }

    @Test
    void afterANewBuildTheStaleAnswerIsServedOnceWhileItIsRefreshed() {
        Shop shop = giftShop();
        assertThat(cache(recommend(shop, "strategy=popular&limit=2"))).isEqualTo("miss");
        assertThat(ids(recommend(shop, "strategy=popular&limit=2"))).startsWith("bulb");

        List<Map<String, Object>> lampRush = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            lampRush.add(
                    purchase("rush-" + i, "lamp", "o-rush-" + i, Instant.now().minusSeconds(600)));
        }
        sendEvents(shop, lampRush);
        rebuild(shop);

        JsonNode stale = recommend(shop, "strategy=popular&limit=2");
        assertThat(cache(stale)).isEqualTo("stale");
        assertThat(ids(stale)).startsWith("bulb");
        JsonNode refreshed = eventually(
                () -> recommend(shop, "strategy=popular&limit=2"),
                answer -> ids(answer).getFirst().equals("lamp"));
        assertThat(cache(refreshed)).isIn("l1", "stale");
        eventually(
                () -> recommend(shop, "strategy=popular&limit=2"),
                answer -> cache(answer).equals("l1") && ids(answer).getFirst().equals("lamp"));
    }
}
