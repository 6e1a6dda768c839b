package com.recomengine.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A key of one tenant never receives another tenant's products, even when ids and shoppers coincide. */
class TenantIsolationTest extends RecommendationsHttpTest {

    @Test
    void aKeyOfOneTenantNeverReceivesAnotherTenantsProducts() {
        Shop mine = openShop();
        sendCatalog(mine, GiftShop.catalog());
        sendEvents(mine, GiftShop.history(Instant.now()));
        rebuild(mine);

        Shop theirs = openShop();
        List<Map<String, Object>> their = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            their.add(product("secret-" + i, "Their Secret Product " + i, "Secrets", 1 + i));
        }
        their.add(product("bulb", "Their Bulb", "Secrets", 1));
        sendCatalog(theirs, their);
        List<Map<String, Object>> purchases = new ArrayList<>();
        for (String user : List.of("alice", "u1", "u2", "stranger")) {
            for (int i = 0; i < 5; i++) {
                purchases.add(
                        purchase(user, "secret-" + i, "o-" + user, Instant.now().minusSeconds(3600)));
            }
            purchases.add(purchase(user, "bulb", "o-" + user, Instant.now().minusSeconds(3600)));
        }
        sendEvents(theirs, purchases);
        rebuild(theirs);

        Set<String> myProducts = GiftShop.catalog().stream()
                .map(p -> (String) p.get("productId"))
                .collect(Collectors.toSet());
        for (String query : List.of(
                "userId=alice&limit=50",
                "userId=stranger&limit=50",
                "strategy=popular&limit=50",
                "strategy=trending&limit=50",
                "productId=secret-1&limit=50",
                "productId=bulb&limit=50",
                "userId=u1&strategy=frequently_bought_together&limit=50")) {
            JsonNode answer = recommend(mine, query);
            assertThat(ids(answer)).as(query).isSubsetOf(myProducts);
            answer.get("data")
                    .forEach(item -> assertThat(item.get("name").asString()).doesNotStartWith("Their"));
        }
        assertThat(ids(recommend(theirs, "strategy=popular&limit=50")))
                .allMatch(id -> id.startsWith("secret-") || id.equals("bulb"));
    }
}
