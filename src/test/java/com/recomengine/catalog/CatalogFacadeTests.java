package com.recomengine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.tenants.TenantPurgeDue;
import io.lettuce.core.RedisClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.zip.GZIPOutputStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

class CatalogFacadeTests extends CatalogHttpTest {

    @Autowired
    Catalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Value("${recomengine.platform.redis.url}")
    String redisUrl;

    @Test
    void availabilityAndSummariesFollowEveryChange() {
        Shop shop = openShop();
        put(shop, "a", Map.of("name", "Lamp", "price", 9.5, "currency", "EUR", "imageUrl", "https://img.test/a.png"));
        put(shop, "b", Map.of("name", "Vase", "available", false));
        assertThat(catalog.isAvailable(shop.tenant(), "a")).isTrue();
        assertThat(catalog.isAvailable(shop.tenant(), "b")).isFalse();
        assertThat(catalog.isAvailable(shop.tenant(), "unknown")).isFalse();
        java.util.function.Predicate<String> available = catalog.availability(shop.tenant());
        assertThat(available).accepts("a").rejects("b", "unknown");
        assertThat(catalog.availableAmong(shop.tenant(), List.of("b", "a", "x")))
                .containsExactly("a");
        Map<String, ProductSummary> summaries = catalog.products(shop.tenant(), List.of("b", "x", "a"));
        assertThat(summaries.keySet()).containsExactly("b", "a");
        assertThat(summaries.get("a").imageUrl()).isEqualTo("https://img.test/a.png");
        assertThat(summaries.get("a").price()).isEqualByComparingTo("9.5");

        RawHttp.json(
                port,
                "PATCH",
                "/api/v1/catalog/products/a",
                shop.writeKey(),
                Map.of("available", false, "name", "Lamp II"));
        batch(shop, List.of(Map.of("productId", "b", "name", "Vase"), Map.of("productId", "c", "name", "Cup")));
        assertThat(catalog.availableAmong(shop.tenant(), List.of("a", "b", "c")))
                .containsExactly("b", "c");
        assertThat(available)
                .as("the predicate taken before follows the changes")
                .rejects("a")
                .accepts("b", "c");
        assertThat(catalog.products(shop.tenant(), List.of("a")).get("a").name())
                .isEqualTo("Lamp II");

        api.post("/api/v1/catalog/products/batch-delete", Map.of("productIds", List.of("b")))
                .key(shop.writeKey())
                .send();
        assertThat(catalog.isAvailable(shop.tenant(), "b")).isFalse();
        assertThat(catalog.products(shop.tenant(), List.of("b"))).isEmpty();

        List<String> all = new ArrayList<>();
        catalog.forEachProduct(shop.tenant(), p -> all.add(p.productId()));
        assertThat(all).containsExactly("a", "c");
    }

    @Test
    void followsChangesAnnouncedByAnotherInstance() throws Exception {
        Shop shop = openShop();
        put(shop, "shared", Map.of("name", "Shared shelf"));
        assertThat(catalog.isAvailable(shop.tenant(), "shared")).isTrue();
        assertThat(catalog.products(shop.tenant(), List.of("shared"))
                        .get("shared")
                        .name())
                .isEqualTo("Shared shelf");
        // Another instance commits a change, then announces it on the channel.
        jdbc.update(
                "UPDATE products SET available = false, name = 'Changed elsewhere' WHERE tenant_id = ? "
                        + "AND product_id = 'shared'",
                shop.tenant().value());
        RedisClient client = RedisClient.create(redisUrl);
        try (var connection = client.connect()) {
            connection
                    .sync()
                    .publish("recomengine:cluster", "other-instance\ncatalog.changes\n" + shop.tenant() + "\nshared");
        } finally {
            client.shutdown();
        }
        await(() -> !catalog.isAvailable(shop.tenant(), "shared"));
        assertThat(catalog.products(shop.tenant(), List.of("shared"))
                        .get("shared")
                        .name())
                .isEqualTo("Changed elsewhere");
    }

    @Test
    void aPurgedTenantLosesItsCatalog() throws Exception {
        Shop shop = openShop();
        batch(shop, List.of(Map.of("productId", "1", "name", "Lamp"), Map.of("productId", "2", "name", "Vase")));
        assertThat(catalog.isAvailable(shop.tenant(), "1")).isTrue();
        transactions.executeWithoutResult(status -> events.publishEvent(new TenantPurgeDue(shop.tenant())));
        await(() -> catalog.productCount(shop.tenant()) == 0);
        await(() -> !catalog.isAvailable(shop.tenant(), "1"));
    }

    @Test
    void importsAMerchantFeedMappedByHeaderNames() throws IOException {
        Shop shop = openShop();
        String feed = """
                id\ttitle\tdescription\tprice\tavailability\timage_link\tlink\tbrand
                SKU-1\tRose teapot\tFine bone china\t15.00 USD\tin stock\thttps://img.test/1.jpg\thttps://shop.test/1\tRegency
                SKU-2\tMint cup\t\t4,5\tout of stock\t\t\t
                SKU-3\t\tNo title\t3\tin stock\t\t\t
                SKU-4\tShort row
                """;
        var imported = RawHttp.send(
                port,
                "POST",
                "/api/v1/catalog/import",
                shop.writeKey(),
                "text/csv",
                gzip(feed),
                "Content-Encoding",
                "gzip");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        JsonNode report = imported.json();
        assertThat(report.get("accepted").asInt()).isEqualTo(1);
        assertThat(report.get("results"))
                .extracting(r -> r.get("index").asInt() + ":" + r.get("reason").asString())
                .containsExactly(
                        "1:price: must be a number", "2:name: is required", "3:row: has 2 columns, the header 8");
        JsonNode teapot = get(shop, "SKU-1");
        assertThat(teapot.get("price").toString()).isEqualTo("15");
        assertThat(teapot.get("currency").asString()).isEqualTo("USD");
        assertThat(teapot.get("url").asString()).isEqualTo("https://shop.test/1");
        assertThat(teapot.get("attributes").get("brand").asString()).isEqualTo("Regency");
        assertThat(teapot.get("attributes").get("description").asString()).isEqualTo("Fine bone china");

        var headless = RawHttp.send(
                port,
                "POST",
                "/api/v1/catalog/import",
                shop.writeKey(),
                "text/csv",
                "sku_code,label\n1,x\n".getBytes(StandardCharsets.UTF_8));
        assertProblem(headless, 400);
        assertThat(fieldsOf(headless)).containsExactly("header");
        var notGzip = RawHttp.send(
                port,
                "POST",
                "/api/v1/catalog/import",
                shop.writeKey(),
                "text/csv",
                "id,name\n1,x\n".getBytes(StandardCharsets.UTF_8),
                "Content-Encoding",
                "gzip");
        assertProblem(notGzip, 400);
        assertProblem(
                RawHttp.send(
                        port,
                        "POST",
                        "/api/v1/catalog/import",
                        shop.readKey(),
                        "text/csv",
                        "id,name\n1,x\n".getBytes(StandardCharsets.UTF_8)),
                403);
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static void await(BooleanSupplier condition) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(20))
                .until(condition::getAsBoolean);
    }
}
