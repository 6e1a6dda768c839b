package com.recomengine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.catalog.BatchReport;
import com.recomengine.catalog.Catalog;
import com.recomengine.shared.TenantId;
import com.recomengine.support.HttpTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The UCI Online Retail product table, derived and upserted through the catalog's CSV feed import. */
class OnlineRetailCatalogTests extends HttpTest {

    @Autowired
    OnlineRetailCatalog retail;

    @Autowired
    Catalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void derivesTheOnlineRetailProductTableAndImportsItOnce() {
        Admin admin = signUpAndLogIn();
        String id = createTenant(admin);
        TenantId tenant = TenantId.of(id);
        String readKey = issueKey(admin, id, "secret", "read");
        BatchReport first = retail.importInto(tenant, data());
        assertThat(first.rejected()).isZero();
        assertThat(first.accepted()).isBetween(3_800, 3_950);
        assertThat(catalog.productCount(tenant)).isEqualTo(first.accepted());

        JsonNode heart = product(readKey, "85123A");
        assertThat(heart.get("name").asString()).isEqualTo("WHITE HANGING HEART T-LIGHT HOLDER");
        assertThat(heart.get("category").asString()).isEqualTo("Candles & Lighting");
        assertThat(heart.get("currency").asString()).isEqualTo("GBP");
        assertThat(heart.get("price").decimalValue()).isPositive();
        assertThat(heart.get("attributes").get("source").asString()).contains("CC BY 4.0");
        assertThat(heart.get("attributes").propertyNames())
                .as("string attributes are content-based strategy's words: only the credit, the same for all")
                .containsExactly("source");
        assertThat(product(readKey, "22086").get("category").asString()).isEqualTo("Christmas");
        assertProblem(api.get("/api/v1/catalog/products/POST").key(readKey).send(), 404);

        Map<String, Long> categories = jdbc
                .query(
                        "SELECT category, count(*) FROM products WHERE tenant_id = ? GROUP BY category",
                        (rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)),
                        tenant.value())
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(categories).hasSizeGreaterThanOrEqualTo(10);
        assertThat(categories.values()).allMatch(n -> n < first.accepted() * 0.35);

        BatchReport again = retail.importInto(tenant, data());
        assertThat(again.accepted()).isZero();
        assertThat(again.duplicates()).isEqualTo(first.accepted());
        assertThat(again.results()).hasSize(1_000);

        BatchReport linked = retail.importInto(
                tenant,
                data(),
                new ProductLinks(
                        "https://shop.test/img/" + ProductLinks.ID + ".svg", "https://shop.test/p/" + ProductLinks.ID));
        assertThat(linked.accepted()).isEqualTo(first.accepted());
        JsonNode linkedHeart = product(readKey, "85123A");
        assertThat(linkedHeart.get("imageUrl").asString()).isEqualTo("https://shop.test/img/85123A.svg");
        assertThat(linkedHeart.get("url").asString()).isEqualTo("https://shop.test/p/85123A");
    }

    private JsonNode product(String readKey, String productId) {
        var response =
                api.get("/api/v1/catalog/products/" + productId).key(readKey).send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** The UCI Online Retail file in ../shared/data (never copied into the repository). */
    private static Path data() {
        String configured = System.getenv("RECOMENGINE_RETAIL_DATA");
        Path path = Path.of(configured != null ? configured : "../shared/data/online_retail.csv.gz");
        assertThat(Files.isReadable(path))
                .as("The UCI Online Retail file is not at %s; set RECOMENGINE_RETAIL_DATA", path.toAbsolutePath())
                .isTrue();
        return path;
    }
}
