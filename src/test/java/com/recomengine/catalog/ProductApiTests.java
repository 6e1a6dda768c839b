package com.recomengine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

class ProductApiTests extends CatalogHttpTest {

    @Autowired
    JdbcTemplate jdbc;

    static Map<String, Object> product(String name, Object... more) {
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("name", name);
        for (int i = 0; i + 1 < more.length; i += 2) {
            product.put((String) more[i], more[i + 1]);
        }
        return product;
    }

    @Test
    void createsReadsReplacesPatchesAndDeletesAProduct() {
        Shop shop = openShop();
        var created = api.post(
                        "/api/v1/catalog/products",
                        product(
                                "WHITE METAL LANTERN",
                                "productId",
                                "71053",
                                "category",
                                "Candles & Lighting",
                                "price",
                                3.39,
                                "currency",
                                "gbp",
                                "imageUrl",
                                "https://cdn.shop.test/71053.jpg",
                                "attributes",
                                Map.of("colour", "white")))
                .key(shop.writeKey())
                .send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("location")).endsWith("/api/v1/catalog/products/71053");
        JsonNode stored = get(shop, "71053");
        assertThat(stored.get("name").asString()).isEqualTo("WHITE METAL LANTERN");
        assertThat(stored.get("price").decimalValue()).isEqualByComparingTo("3.39");
        assertThat(stored.get("price").toString()).isEqualTo("3.39");
        assertThat(stored.get("currency").asString()).isEqualTo("GBP");
        assertThat(stored.get("available").asBoolean()).isTrue();
        assertThat(stored.get("attributes").get("colour").asString()).isEqualTo("white");

        var again = api.post("/api/v1/catalog/products", product("Other", "productId", "71053"))
                .key(shop.writeKey())
                .send();
        assertProblem(again, 409);

        var replaced = put(shop, "71053", product("WHITE METAL LANTERN XL", "price", 10));
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.json().get("price").toString()).isEqualTo("10");
        assertThat(replaced.json().get("category").isNull()).isTrue();

        var patched = RawHttp.json(
                port,
                "PATCH",
                "/api/v1/catalog/products/71053",
                shop.writeKey(),
                Map.of("available", false, "attributes", Map.of("size", "XL")));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().get("name").asString()).isEqualTo("WHITE METAL LANTERN XL");
        assertThat(patched.json().get("available").asBoolean()).isFalse();
        assertThat(patched.json().get("attributes").get("size").asString()).isEqualTo("XL");
        assertThat(patched.json().get("dataVersion").asLong())
                .isGreaterThan(replaced.json().get("dataVersion").asLong());

        var deleted = api.delete("/api/v1/catalog/products/71053")
                .key(shop.writeKey())
                .send();
        assertThat(deleted.status()).isEqualTo(204);
        assertProblem(
                api.get("/api/v1/catalog/products/71053").key(shop.readKey()).send(), 404);
        assertProblem(
                api.delete("/api/v1/catalog/products/71053")
                        .key(shop.writeKey())
                        .send(),
                404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void putCreatesWith201AndMergePatchClearsAndMergesFields() {
        Shop shop = openShop();
        var created = put(
                shop,
                "22423",
                product(
                        "REGENCY CAKESTAND 3 TIER",
                        "category",
                        "Kitchen",
                        "attributes",
                        Map.of("tiers", 3, "finish", Map.of("colour", "ivory", "glaze", "gloss"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Map<String, Object> patch = new HashMap<>();
        patch.put("category", null);
        patch.put("attributes", new HashMap<>(Map.of("finish", new HashMap<>(Map.of("glaze", "matt")))));
        ((Map<String, Object>) ((Map<String, Object>) patch.get("attributes")).get("finish")).put("colour", null);
        var patched = RawHttp.json(port, "PATCH", "/api/v1/catalog/products/22423", shop.writeKey(), patch);
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().get("category").isNull()).isTrue();
        JsonNode attributes = patched.json().get("attributes");
        assertThat(attributes.get("tiers").asInt()).isEqualTo(3);
        assertThat(attributes.get("finish").size()).isEqualTo(1);
        assertThat(attributes.get("finish").get("glaze").asString()).isEqualTo("matt");
        var renamed = RawHttp.json(
                port, "PATCH", "/api/v1/catalog/products/22423", shop.writeKey(), Map.of("productId", "other"));
        assertProblem(renamed, 400);
        assertThat(fieldsOf(renamed)).containsExactly("productId");
        assertProblem(
                RawHttp.json(port, "PATCH", "/api/v1/catalog/products/nope", shop.writeKey(), Map.of("name", "x")),
                404);
    }

    @Test
    void refusesEachBadFieldByNameAndWritesNothing() {
        Shop shop = openShop();
        Map<String, Object> deep = Map.of("a", Map.of("b", Map.of("c", Map.of("d", Map.of("e", Map.of("f", 1))))));
        var response = api.post(
                        "/api/v1/catalog/products",
                        product(
                                "x".repeat(501),
                                "productId",
                                "p".repeat(257),
                                "price",
                                -1,
                                "currency",
                                "EURO",
                                "imageUrl",
                                "not a url",
                                "url",
                                "ftp://shop.test/p",
                                "attributes",
                                deep,
                                "dataVersion",
                                -3,
                                "colour",
                                "red"))
                .key(shop.writeKey())
                .send();
        assertProblem(response, 400);
        assertThat(fieldsOf(response))
                .containsExactlyInAnyOrder(
                        "productId",
                        "name",
                        "price",
                        "currency",
                        "imageUrl",
                        "url",
                        "attributes",
                        "dataVersion",
                        "colour");

        var large = put(shop, "big", product("Big", "attributes", Map.of("blob", "x".repeat(9000))));
        assertProblem(large, 400);
        assertThat(fieldsOf(large)).containsExactly("attributes");
        var wrongTypes = put(shop, "typed", product("Typed", "price", "12", "available", "yes"));
        assertThat(fieldsOf(wrongTypes)).containsExactlyInAnyOrder("price", "available");
        var mismatch = put(shop, "a", product("A", "productId", "b"));
        assertThat(fieldsOf(mismatch)).containsExactly("productId");
        var tooPrecise = put(shop, "precise", product("Precise", "price", 1.23456));
        assertThat(fieldsOf(tooPrecise)).containsExactly("price");
        var malformed = RawHttp.send(
                port,
                "PUT",
                "/api/v1/catalog/products/m",
                shop.writeKey(),
                "application/json",
                "{\"name\": ".getBytes());
        assertProblem(malformed, 400);

        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM products WHERE tenant_id = ?",
                        Long.class,
                        shop.tenant().value()))
                .isZero();
    }

    @Test
    void anOlderVersionNeverOverwritesANewerOneAndAnEqualOneIsANoOp() {
        Shop shop = openShop();
        assertThat(put(shop, "84029G", product("six", "dataVersion", 6)).status())
                .isEqualTo(201);
        var older = put(shop, "84029G", product("five", "dataVersion", 5));
        assertProblem(older, 409);
        assertThat(older.json().get("currentDataVersion").asLong()).isEqualTo(6);
        var equal = put(shop, "84029G", product("six again", "dataVersion", 6));
        assertThat(equal.status()).isEqualTo(200);
        assertThat(equal.json().get("name").asString()).isEqualTo("six");
        var patchedOlder = RawHttp.json(
                port,
                "PATCH",
                "/api/v1/catalog/products/84029G",
                shop.writeKey(),
                Map.of("name", "four", "dataVersion", 4));
        assertProblem(patchedOlder, 409);
        assertThat(get(shop, "84029G").get("name").asString()).isEqualTo("six");
    }

    @Test
    void aDeletedProductStaysDeletedAgainstOlderWritesButANewerOneRevivesIt() {
        Shop shop = openShop();
        put(shop, "85123A", product("WHITE HANGING HEART T-LIGHT HOLDER", "dataVersion", 10));
        assertProblem(
                api.delete("/api/v1/catalog/products/85123A?dataVersion=9")
                        .key(shop.writeKey())
                        .send(),
                409);
        assertThat(api.delete("/api/v1/catalog/products/85123A?dataVersion=20")
                        .key(shop.writeKey())
                        .send()
                        .status())
                .isEqualTo(204);
        var late = batch(shop, List.of(product("late", "productId", "85123A", "dataVersion", 15)));
        assertThat(late.get("stale").asInt()).isEqualTo(1);
        assertProblem(
                api.get("/api/v1/catalog/products/85123A").key(shop.readKey()).send(), 404);
        assertProblem(put(shop, "85123A", product("late", "dataVersion", 19)), 409);
        assertThat(put(shop, "85123A", product("back", "dataVersion", 21)).status())
                .isIn(200, 201);
        assertThat(get(shop, "85123A").get("name").asString()).isEqualTo("back");
    }

    @Test
    void aReadKeyReadsButCannotWrite() {
        Shop shop = openShop();
        var write = api.post("/api/v1/catalog/products", product("x", "productId", "x"))
                .key(shop.readKey())
                .send();
        assertProblem(write, 403);
        assertThat(search(shop, "").get("data").size()).isZero();
    }

    @Test
    void oneTenantNeverReadsOrChangesAnothersProducts() {
        Shop a = openShop();
        Shop b = openShop();
        put(a, "21730", product("GLASS STAR FROSTED T-LIGHT HOLDER", "price", 4.25));
        assertProblem(api.get("/api/v1/catalog/products/21730").key(b.readKey()).send(), 404);
        assertProblem(
                RawHttp.json(port, "PATCH", "/api/v1/catalog/products/21730", b.writeKey(), Map.of("name", "B")), 404);
        assertProblem(
                api.delete("/api/v1/catalog/products/21730").key(b.writeKey()).send(), 404);
        var deletes = api.post("/api/v1/catalog/products/batch-delete", Map.of("productIds", List.of("21730")))
                .key(b.writeKey())
                .send();
        assertThat(deletes.json().get("results").get(0).get("status").asString())
                .isEqualTo("not_found");
        assertThat(batch(b, List.of(product("B's own star", "productId", "21730", "dataVersion", 1)))
                        .get("accepted")
                        .asInt())
                .isEqualTo(1);
        assertThat(get(a, "21730").get("name").asString()).isEqualTo("GLASS STAR FROSTED T-LIGHT HOLDER");
        assertThat(get(b, "21730").get("name").asString()).isEqualTo("B's own star");
        assertThat(search(b, "q=frosted").get("page").get("totalElements").asLong())
                .isZero();
        assertThat(search(a, "q=frosted").get("page").get("totalElements").asLong())
                .isEqualTo(1);
    }

    @Test
    void everyWritePublishesOneEventAfterCommit() {
        Shop shop = openShop();
        put(shop, "1", product("one"));
        batch(
                shop,
                List.of(
                        product("two", "productId", "2"),
                        product("three", "productId", "3"),
                        product("bad", "productId", "4", "price", -1)));
        api.post("/api/v1/catalog/products/batch-delete", Map.of("productIds", List.of("1", "2", "9")))
                .key(shop.writeKey())
                .send();
        assertThat(CatalogEvents.changed(shop.tenant()))
                .extracting(ProductsChanged::productIds)
                .containsExactly(java.util.Set.of("1"), java.util.Set.of("2", "3"));
        assertThat(CatalogEvents.removed(shop.tenant()))
                .extracting(ProductsRemoved::productIds)
                .containsExactly(java.util.Set.of("1", "2"));
    }
}
