package com.recomengine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

class ProductBatchTests extends CatalogHttpTest {

    @Autowired
    JdbcTemplate jdbc;

    static Map<String, Object> item(String id, String name, Object... more) {
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("productId", id);
        product.put("name", name);
        for (int i = 0; i + 1 < more.length; i += 2) {
            product.put((String) more[i], more[i + 1]);
        }
        return product;
    }

    @Test
    void aBatchOfTenThousandStoresTheValidOnesAndReportsTheInvalidOnesByIndex() {
        Shop shop = openShop();
        List<Object> products = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            products.add(
                    switch (i % 1000) {
                        case 7 -> item("p" + i, "Negative", "price", -2);
                        case 8 -> item("p" + i, "Bad currency", "currency", "XYZ");
                        case 9 -> item("p" + i, "Bad url", "url", "http//missing-colon");
                        case 10 -> item("x".repeat(300), "Long id");
                        case 11 -> "not an object";
                        default ->
                            item("p" + i, "Product " + i, "price", i % 50, "currency", "EUR", "category", "C" + i % 7);
                    });
        }
        JsonNode report = batch(shop, products);
        assertThat(report.get("accepted").asInt()).isEqualTo(9_950);
        assertThat(report.get("rejected").asInt()).isEqualTo(50);
        assertThat(report.get("results").size()).isEqualTo(50);
        JsonNode first = report.get("results").get(0);
        assertThat(first.get("index").asInt()).isEqualTo(7);
        assertThat(first.get("status").asString()).isEqualTo("rejected");
        assertThat(first.get("reason").asString()).startsWith("price:");
        assertThat(report.get("results").get(1).get("reason").asString()).startsWith("currency:");
        assertThat(report.get("results").get(2).get("reason").asString()).startsWith("url:");
        assertThat(report.get("results").get(3).get("reason").asString()).startsWith("productId:");
        assertThat(report.get("results").get(4).get("reason").asString()).startsWith("product:");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM products WHERE tenant_id = ?",
                        Long.class,
                        shop.tenant().value()))
                .isEqualTo(9_950);
        assertThat(CatalogEvents.changed(shop.tenant())).hasSize(1);
        assertThat(CatalogEvents.changed(shop.tenant()).getFirst().productIds()).hasSize(9_950);

        JsonNode resent = batch(shop, products.subList(0, 100));
        assertThat(resent.get("accepted").asInt()).isEqualTo(95);
    }

    @Test
    void moreThanTenThousandIsRefusedWhole() {
        Shop shop = openShop();
        List<Object> products = new ArrayList<>();
        for (int i = 0; i <= 10_000; i++) {
            products.add(item("p" + i, "P"));
        }
        var response = api.post("/api/v1/catalog/products/batch", Map.of("products", products))
                .key(shop.writeKey())
                .send();
        assertProblem(response, 400);
        assertThat(fieldsOf(response)).containsExactly("products");
    }

    @Test
    void versionsFiveAndSixWrittenConcurrentlyInEitherOrderLeaveSix() throws Exception {
        Shop shop = openShop();
        int rounds = 24;
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> writes = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                String id = "race-" + round;
                CountDownLatch start = new CountDownLatch(1);
                boolean sixFirst = round % 2 == 0;
                boolean viaBatch = round % 3 == 0;
                for (int version : sixFirst ? new int[] {6, 5} : new int[] {5, 6}) {
                    writes.add(pool.submit(() -> {
                        start.await();
                        Map<String, Object> product = item(id, "version " + version, "dataVersion", version);
                        var response = viaBatch
                                ? api.post("/api/v1/catalog/products/batch", Map.of("products", List.of(product)))
                                        .key(shop.writeKey())
                                        .send()
                                : put(shop, id, product);
                        assertThat(response.status()).as(response.body()).isIn(200, 201, 409);
                        return null;
                    }));
                }
                start.countDown();
            }
            for (Future<?> write : writes) {
                write.get();
            }
        }
        for (int round = 0; round < rounds; round++) {
            JsonNode stored = get(shop, "race-" + round);
            assertThat(stored.get("dataVersion").asLong()).isEqualTo(6);
            assertThat(stored.get("name").asString()).isEqualTo("version 6");
        }
    }

    @Test
    void withinOneBatchTheNewestVersionOfAProductWins() {
        Shop shop = openShop();
        JsonNode report = batch(
                shop,
                List.of(
                        item("a", "a3", "dataVersion", 3),
                        item("a", "a7", "dataVersion", 7),
                        item("a", "a5", "dataVersion", 5),
                        item("b", "b-first"),
                        item("b", "b-second")));
        assertThat(report.get("accepted").asInt()).isEqualTo(2);
        assertThat(report.get("stale").asInt()).isEqualTo(3);
        assertThat(report.get("duplicates").asInt()).isZero();
        assertThat(report.get("results"))
                .extracting(r -> r.get("index").asInt())
                .containsExactly(0, 2, 3);
        assertThat(get(shop, "a").get("name").asString()).isEqualTo("a7");
        assertThat(get(shop, "b").get("name").asString()).isEqualTo("b-second");

        JsonNode again =
                batch(shop, List.of(item("a", "a7 again", "dataVersion", 7), item("a", "a6", "dataVersion", 6)));
        assertThat(again.get("duplicates").asInt()).isEqualTo(1);
        assertThat(again.get("stale").asInt()).isEqualTo(1);
        assertThat(get(shop, "a").get("name").asString()).isEqualTo("a7");
    }

    @Test
    void batchDeleteReportsEachIdByIndex() {
        Shop shop = openShop();
        batch(
                shop,
                List.of(
                        item("keep", "Keep", "dataVersion", 50),
                        item("go", "Go", "dataVersion", 1),
                        item("gone", "Gone", "dataVersion", 1)));
        api.post("/api/v1/catalog/products/batch-delete", Map.of("productIds", List.of("gone")))
                .key(shop.writeKey())
                .send();
        var response = api.post(
                        "/api/v1/catalog/products/batch-delete",
                        Map.of("productIds", List.of("go", "keep", "gone", "never", "go", ""), "dataVersion", 10))
                .key(shop.writeKey())
                .send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("accepted").asInt()).isEqualTo(1);
        assertThat(report.get("results"))
                .extracting(r -> r.get("index").asInt() + ":" + r.get("status").asString())
                .containsExactly("1:stale", "2:not_found", "3:not_found", "4:duplicate", "5:rejected");
        assertThat(get(shop, "keep").get("name").asString()).isEqualTo("Keep");
        assertProblem(api.get("/api/v1/catalog/products/go").key(shop.readKey()).send(), 404);
    }
}
