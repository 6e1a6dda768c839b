package com.recomengine.recommendations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.recommendations.GiftShop;
import com.recomengine.recommendations.RecommendationsHttpTest;
import com.recomengine.support.DisposableRedis;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** SPEC §8: with Redis down, recommendations are served from L1 and from the models and PostgreSQL. */
class RecommendationsWithoutRedisTest extends RecommendationsHttpTest {

    static final DisposableRedis REDIS = new DisposableRedis().start();

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("recomengine.platform.redis.url", REDIS::url);
    }

    @AfterAll
    static void stopRedis() {
        REDIS.stop();
    }

    @Test
    void answersFromMemoryAndPostgresWhileRedisIsDown() {
        Shop shop = openShop();
        sendCatalog(shop, GiftShop.catalog());
        sendEvents(shop, GiftShop.history(Instant.now()));
        rebuild(shop);
        JsonNode cached = recommend(shop, "userId=alice&limit=3");
        eventually(
                () -> recommend(shop, "userId=alice&limit=3"),
                answer -> cache(answer).equals("l1"));

        REDIS.stop();

        assertThat(ids(recommend(shop, "userId=alice&limit=3"))).isEqualTo(ids(cached));
        JsonNode computed = recommend(shop, "userId=u4&strategy=collaborative&limit=3");
        assertThat(cache(computed)).isEqualTo("miss");
        assertThat(ids(computed)).isNotEmpty().doesNotContain("lamp", "bulb");
        assertThat(ids(recommend(shop, "productId=teapot&strategy=frequently_bought_together&limit=1")))
                .containsExactly("tea-tin");
    }
}
