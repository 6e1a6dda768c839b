package com.recomengine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.support.Api;
import com.recomengine.support.HttpTest;
import com.recomengine.support.RawSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.core.JsonParser;

/**
 * A body's JSON is capped while it is read (nesting, text, key and number length, token count): over a cap is a 400
 * problem naming the cap and its value, nothing is stored; the largest legitimate batches still pass.
 */
class JsonLimitsTest extends HttpTest {

    @Autowired
    JdbcTemplate jdbc;

    private String tenant;
    private String key;

    @BeforeEach
    void openShop() {
        Admin admin = signUpAndLogIn();
        tenant = createTenant(admin);
        key = issueKey(admin, tenant, "secret", "read-write");
    }

    @Test
    void nestingDeeperThanTheCapIsRefusedAndNothingIsStored() {
        String deep = "{\"a\":".repeat(40) + "1" + "}".repeat(40);
        assertOverCap(
                api.put("/api/v1/catalog/products/sku-deep", "{\"name\":\"Candle\",\"attributes\":" + deep + "}")
                        .key(key)
                        .send(),
                "nestingDepth",
                32);
        assertOverCap(
                api.post(
                                "/api/v1/events",
                                "{\"eventType\":\"view\",\"userId\":\"u\",\"productId\":\"p\",\"metadata\":" + deep
                                        + "}")
                        .key(key)
                        .send(),
                "nestingDepth",
                32);
        assertOverCap(
                api.post(
                                "/api/v1/catalog/products/batch",
                                "{\"products\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}")
                        .key(key)
                        .send(),
                "nestingDepth",
                32);
        assertThat(stored("products")).isZero();
        assertThat(stored("events")).isZero();
    }

    @Test
    void textKeysAndNumbersOverTheirCapsAreRefused() {
        assertOverCap(
                api.put("/api/v1/catalog/products/sku-long", Map.of("name", "x".repeat(100_000)))
                        .key(key)
                        .send(),
                "stringLength",
                65_536);
        assertOverCap(
                api.put(
                                "/api/v1/catalog/products/sku-key",
                                Map.of("name", "Candle", "attributes", Map.of("k".repeat(2_000), 1)))
                        .key(key)
                        .send(),
                "nameLength",
                1_024);
        assertOverCap(
                api.put(
                                "/api/v1/catalog/products/sku-number",
                                "{\"name\":\"Candle\",\"price\":1" + "0".repeat(200) + "}")
                        .key(key)
                        .send(),
                "numberLength",
                100);
        // Under the caps, the fields' own rules answer as before.
        var large = api.put(
                        "/api/v1/catalog/products/sku-large",
                        Map.of("name", "Big", "attributes", Map.of("blob", "x".repeat(9_000))))
                .key(key)
                .send();
        assertProblem(large, 400);
        assertThat(fieldsOf(large)).containsExactly("attributes");
        assertThat(stored("products")).isZero();
    }

    @Test
    void aBulkBodyOfTooManyTokensIsRefusedQuicklyAndStoresNothing() {
        StringBuilder ones = new StringBuilder(30 * 1024 * 1024).append("{\"products\":[1");
        while (ones.length() < 30 * 1024 * 1024) {
            ones.append(",1");
        }
        byte[] body = ones.append("]}").toString().getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        Api.Response refused = RawSocket.send(
                port,
                "POST /api/v1/catalog/products/batch HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "X-API-Key: " + key,
                body);
        assertOverCap(refused, "tokenCount", 2_500_000);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(stored("products")).isZero();
    }

    /** 10 000 products of about 235 tokens each (a hundred attributes and one nested 5 levels): all stored. */
    @Test
    void aFullProductBatchWithAttributesPasses() {
        List<Object> products = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            Map<String, Object> attributes = new LinkedHashMap<>();
            for (int a = 0; a < 100; a++) {
                attributes.put("a" + a, a % 3 == 0 ? a : "v" + a);
            }
            attributes.put("deep", Map.of("b", Map.of("c", Map.of("d", Map.of("e", "five levels")))));
            products.add(Map.of(
                    "productId", "p" + i,
                    "name", "Product " + i,
                    "category", "C" + i % 7,
                    "price", i % 50,
                    "currency", "EUR",
                    "url", "https://shop.example.com/p/" + i,
                    "imageUrl", "https://shop.example.com/img/" + i + ".jpg",
                    "available", true,
                    "attributes", attributes));
        }
        String body = Api.JSON.writeValueAsString(Map.of("products", products));
        assertThat(tokens(body)).isBetween(2_300_000L, 2_500_000L);
        var response = api.post("/api/v1/catalog/products/batch", body).key(key).send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("accepted").asInt()).isEqualTo(10_000);
        assertThat(stored("products")).isEqualTo(10_000);
    }

    /** 1000 events each with 4 KB of the densest metadata (a list of single digits): all stored. */
    @Test
    void aFullEventBatchWithTheDensestMetadataPasses() {
        List<Integer> digits = java.util.Collections.nCopies(2_000, 0);
        List<Object> events = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            events.add(Map.of(
                    "eventId",
                    UUID.randomUUID().toString(),
                    "eventType",
                    "view",
                    "userId",
                    "u" + i % 50,
                    "productId",
                    "p" + i,
                    "sessionId",
                    "s" + i % 50,
                    "metadata",
                    Map.of("placementId", "home", "list", digits)));
        }
        String body = Api.JSON.writeValueAsString(Map.of("events", events));
        assertThat(tokens(body)).isGreaterThan(2_000_000L);
        var response = api.post("/api/v1/events/batch", body).key(key).send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("accepted").asInt()).isEqualTo(1_000);
    }

    private static void assertOverCap(Api.Response response, String limit, long maximum) {
        assertProblem(response, 400);
        assertThat(response.json().get("type").asString()).isEqualTo("/problems/json-limit");
        assertThat(response.json().get("limit").asString()).isEqualTo(limit);
        assertThat(response.json().get("maximum").asLong()).isEqualTo(maximum);
        assertThat(response.json().get("detail").asString()).contains(Long.toString(maximum));
    }

    private static long tokens(String json) {
        long count = 0;
        try (JsonParser parser = Api.JSON.createParser(json)) {
            while (parser.nextToken() != null) {
                count++;
            }
        }
        return count;
    }

    private long stored(String table) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM " + table + " WHERE tenant_id = ?", Long.class, UUID.fromString(tenant));
    }
}
