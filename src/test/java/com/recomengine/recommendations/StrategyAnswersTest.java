package com.recomengine.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Each strategy end to end on {@link GiftShop}, whose right answers are known. */
class StrategyAnswersTest extends RecommendationsHttpTest {

    @Test
    void collaborativeRecommendsWhatBuyersOfTheSameProductsAlsoBought() {
        JsonNode answer = recommend(giftShop(), "userId=alice&strategy=collaborative&limit=3");
        assertThat(ids(answer).getFirst()).isEqualTo("tea-tin");
        assertThat(reasons(answer).getFirst()).isEqualTo("Because you bought Porcelain Teapot");
        assertThat(ids(answer)).doesNotContain("teapot");
        assertThat(answer.get("meta").get("strategy").asString()).isEqualTo("collaborative");
    }

    @Test
    void frequentlyBoughtTogetherAnswersForTheAnchorProduct() {
        JsonNode answer = recommend(giftShop(), "productId=teapot&strategy=frequently_bought_together&limit=3");
        assertThat(ids(answer).getFirst()).isEqualTo("tea-tin");
        assertThat(reasons(answer).getFirst()).isEqualTo("Often bought with Porcelain Teapot");
        assertThat(ids(answer)).doesNotContain("teapot");
    }

    @Test
    void contentBasedFindsAlikeProductsEvenWithoutInteractions() {
        JsonNode answer = recommend(giftShop(), "productId=mug-green&strategy=content_based&limit=2");
        assertThat(ids(answer)).containsExactlyInAnyOrder("mug-red", "mug-blue");
        assertThat(reasons(answer)).containsOnly("Similar to Green Enamel Mug");
    }

    @Test
    void trendingPutsTheRecentSurgeFirst() {
        JsonNode answer = recommend(giftShop(), "strategy=trending&limit=3");
        assertThat(ids(answer).getFirst()).isEqualTo("candle");
        assertThat(reasons(answer).getFirst()).isEqualTo("Trending now");
        assertThat(answer.get("meta").get("strategy").asString()).isEqualTo("trending");
    }

    @Test
    void popularPutsTheProductWithMostBuyersFirst() {
        JsonNode answer = recommend(giftShop(), "strategy=popular&limit=3");
        assertThat(ids(answer)).startsWith("bulb", "teapot");
        assertThat(reasons(answer)).containsOnly("Popular in the shop");
    }

    @Test
    void anUnknownShopperGetsTheGenericListAtOnce() {
        JsonNode answer = recommend(giftShop(), "userId=someone-new&strategy=collaborative&limit=2");
        assertThat(ids(answer)).containsExactly("candle", "bulb");
        assertThat(reasons(answer)).containsExactly("Trending now", "Popular in the shop");
        assertThat(answer.get("meta").get("strategy").asString()).isEqualTo("trending");
    }

    @Test
    void anUnknownProductIsAnsweredByContentSimilarity() {
        JsonNode answer = recommend(giftShop(), "productId=mug-green&strategy=collaborative&limit=2");
        assertThat(ids(answer)).containsExactlyInAnyOrder("mug-red", "mug-blue");
        assertThat(answer.get("meta").get("strategy").asString()).isEqualTo("content_based");
    }

    @Test
    void theFallbackChainFillsTheListAndEachReasonSaysWhichStrategy() {
        JsonNode answer = recommend(giftShop(), "userId=alice&strategy=collaborative&limit=8");
        List<String> ids = ids(answer);
        List<String> reasons = reasons(answer);
        // Every product with interactions but the teapot she bought: six, however many were asked for.
        assertThat(ids).containsExactlyInAnyOrder("tea-tin", "mug-red", "mug-blue", "candle", "bulb", "lamp");
        assertThat(new HashSet<>(ids)).hasSize(6);
        assertThat(reasons.getFirst()).startsWith("Because you bought");
        assertThat(reasons).contains("Trending now", "Popular in the shop");
        assertThat(reasons.indexOf("Trending now"))
                .isGreaterThan(reasons.lastIndexOf("Because you bought Porcelain Teapot"));
        assertThat(reasons.indexOf("Popular in the shop")).isGreaterThan(reasons.indexOf("Trending now"));
    }
}
