package com.recomengine.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The HTTP contract: response shape (SPEC §4b), /page, keys that may ask, validation, the admin rebuild. */
class RecommendationApiTest extends RecommendationsHttpTest {

    @Test
    void answersInTheDocumentedShape() {
        Shop shop = giftShop();
        var response = ask(shop, "userId=alice&placementId=home&limit=3");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.header("cache-control")).contains("no-store");
        JsonNode answer = response.json();
        assertThat(answer.get("data")).hasSize(3);
        JsonNode item = answer.get("data").get(0);
        assertThat(item.propertyNames())
                .containsExactly(
                        "productId", "name", "imageUrl", "url", "price", "currency", "score", "reason", "rules");
        assertThat(item.get("rules").isArray()).isTrue();
        assertThat(item.get("price").isNumber()).isTrue();
        assertThat(item.get("score").isNumber()).isTrue();
        assertThat(item.get("imageUrl").asString()).startsWith("https://cdn.shop.test/");
        JsonNode meta = answer.get("meta");
        assertThat(meta.propertyNames())
                .containsExactly(
                        "recommendationId",
                        "strategy",
                        "placementId",
                        "experimentId",
                        "variant",
                        "cache",
                        "rulesApplied");
        assertThat(UUID.fromString(meta.get("recommendationId").asString())).isNotNull();
        assertThat(meta.get("placementId").asString()).isEqualTo("home");
        assertThat(meta.get("experimentId").isNull()).isTrue();
    }

    @Test
    void aPageAsksForEveryPlacementAtOnce() {
        Shop shop = giftShop();
        var response = api.get("/api/v1/recommendations/page?userId=alice&placements=home,%20cart,footer&limit=2")
                .key(shop.readKey())
                .send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode placements = response.json().get("placements");
        assertThat(placements.propertyNames()).containsExactly("home", "cart", "footer");
        placements.properties().forEach(entry -> {
            assertThat(entry.getValue().get("data")).hasSize(2);
            assertThat(entry.getValue().get("meta").get("placementId").asString())
                    .isEqualTo(entry.getKey());
        });
    }

    @Test
    void publishableAndReadWriteKeysMayAskToo() {
        Shop shop = giftShop();
        String publishable = issueKey(shop.admin(), shop.tenant().toString(), "publishable", null);
        assertThat(api.get("/api/v1/recommendations?limit=2")
                        .key(publishable)
                        .send()
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/recommendations/page?placements=a")
                        .key(publishable)
                        .send()
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/recommendations?limit=2")
                        .key(shop.writeKey())
                        .send()
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/recommendations?limit=2").send().status()).isEqualTo(401);
    }

    @Test
    void invalidParametersAreRejectedNamingTheParameter() {
        Shop shop = openShop();
        for (String[] bad : List.of(
                new String[] {"limit=0", "limit"},
                new String[] {"limit=101", "limit"},
                new String[] {"limit=many", "limit"},
                new String[] {"strategy=random", "strategy"},
                new String[] {"userId=" + "u".repeat(257), "userId"},
                new String[] {"productId=", "productId"},
                new String[] {"placementId=%20%20", "placementId"},
                new String[] {"minPrice=-1", "minPrice"},
                new String[] {"minPrice=9&maxPrice=3", "minPrice"},
                new String[] {"maxPrice=cheap", "maxPrice"})) {
            var response = ask(shop, bad[0]);
            assertProblem(response, 400);
            assertThat(fieldsOf(response)).as(bad[0]).containsExactly(bad[1]);
        }
        var noPlacements = api.get("/api/v1/recommendations/page?userId=a")
                .key(shop.readKey())
                .send();
        assertProblem(noPlacements, 400);
        assertThat(fieldsOf(noPlacements)).containsExactly("placements");
        var tooMany = api.get("/api/v1/recommendations/page?placements=a,b,c,d,e,f,g,h,i,j,k")
                .key(shop.readKey())
                .send();
        assertProblem(tooMany, 400);
    }

    @Test
    void aShopWithoutDataGetsAnEmptyListNotAnError() {
        Shop shop = openShop();
        JsonNode answer = recommend(shop, "userId=first-visitor");
        assertThat(answer.get("data")).isEmpty();
        assertThat(answer.get("meta").get("strategy").asString())
                .as("the default of new tenants")
                .isEqualTo("auto");
    }

    @Test
    void onlyTheOwnerMayRebuildATenantsModels() {
        Shop shop = giftShop();
        JsonNode build = rebuild(shop);
        assertThat(build.get("generation").asLong()).isPositive();
        assertThat(build.get("interactions").asLong())
                .isEqualTo(GiftShop.history(Instant.now()).size());
        assertThat(build.get("sizes").get("collaborative").asInt()).isPositive();
        Admin stranger = signUpAndLogIn();
        var refused = api.post("/api/v1/tenants/" + shop.tenant() + "/recommendations/rebuild")
                .bearer(stranger.accessToken())
                .send();
        assertProblem(refused, 404);
        assertThat(api.post("/api/v1/tenants/" + shop.tenant() + "/recommendations/rebuild")
                        .key(shop.writeKey())
                        .send()
                        .status())
                .isIn(401, 403);
    }
}
