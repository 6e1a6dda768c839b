package com.recomengine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Search over a few hundred real product names of the UCI Online Retail data set, imported as a CSV feed. */
class CatalogSearchTests extends CatalogHttpTest {

    static final List<RetailData.Product> PRODUCTS = RetailData.firstProducts(400);

    Shop stockedShop() {
        Shop shop = openShop();
        var imported = RawHttp.send(
                port,
                "POST",
                "/api/v1/catalog/import",
                shop.writeKey(),
                "text/csv",
                RetailData.feed(PRODUCTS).getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("accepted").asInt()).isEqualTo(PRODUCTS.size());
        return shop;
    }

    static List<String> names(JsonNode page) {
        return page.get("data").valueStream().map(p -> p.get("name").asString()).toList();
    }

    JsonNode find(Shop shop, String text) {
        return search(shop, "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
    }

    @Test
    void findsRealProductsByWordsAndPrefixesMostRelevantFirst() {
        Shop shop = stockedShop();
        JsonNode bottles = find(shop, "hot water bottle");
        assertThat(bottles.get("approximate").asBoolean()).isFalse();
        assertThat(names(bottles)).isNotEmpty().allMatch(n -> n.contains("HOT WATER BOTTLE"));
        assertThat(bottles.get("page").get("totalElements").asLong())
                .isEqualTo(PRODUCTS.stream()
                        .filter(p -> p.name().contains("HOT WATER BOTTLE"))
                        .count());

        assertThat(names(find(shop, "lante"))).isNotEmpty().allMatch(n -> n.contains("LANTERN"));
        assertThat(names(find(shop, "hanging lanterns")))
                .isNotEmpty()
                .allMatch(n -> n.contains("HANGING") && n.contains("LANTERN"));

        List<String> hearts = names(find(shop, "heart"));
        assertThat(hearts).hasSizeGreaterThan(5);
        assertThat(hearts.getFirst().split("\\s+").length)
                .isLessThanOrEqualTo(hearts.getLast().split("\\s+").length);
    }

    @Test
    void toleratesTyposAndSaysTheMatchIsApproximate() {
        Shop shop = stockedShop();
        JsonNode lanterns = find(shop, "lantren");
        assertThat(lanterns.get("approximate").asBoolean()).isTrue();
        assertThat(names(lanterns)).isNotEmpty().allMatch(n -> n.contains("LANTERN"));

        assertThat(names(find(shop, "hot watter botle"))).isNotEmpty().allMatch(n -> n.contains("HOT WATER BOTTLE"));
        assertThat(names(find(shop, "chrismas"))).isNotEmpty().allMatch(n -> n.contains("CHRISTMAS"));
        assertThat(names(find(shop, "alarm clok"))).isNotEmpty().allMatch(n -> n.contains("ALARM CLOCK"));
        assertThat(find(shop, "zzqxv").get("page").get("totalElements").asLong())
                .isZero();
    }

    @Test
    void filtersSortsPagesAndCountsCategories() {
        Shop shop = openShop();
        batch(
                shop,
                List.of(
                        Map.of("productId", "1", "name", "Red mug", "category", "Kitchen", "price", 4.5),
                        Map.of(
                                "productId",
                                "2",
                                "name",
                                "Blue mug",
                                "category",
                                "Kitchen",
                                "price",
                                3.5,
                                "available",
                                false),
                        Map.of("productId", "3", "name", "Mug tree", "category", "Home", "price", 12),
                        Map.of("productId", "4", "name", "Tea towel", "category", "Kitchen", "price", 2)));
        JsonNode mugs = search(shop, "q=mug&sort=price,desc");
        assertThat(names(mugs)).containsExactly("Mug tree", "Red mug", "Blue mug");
        assertThat(mugs.get("facets").get("category"))
                .extracting(
                        f -> f.get("value").asString() + "=" + f.get("count").asLong())
                .containsExactly("Kitchen=2", "Home=1");

        JsonNode kitchenMugs = search(shop, "q=mug&category=Kitchen&available=true");
        assertThat(names(kitchenMugs)).containsExactly("Red mug");
        assertThat(kitchenMugs.get("facets").get("category").get(0).get("count").asLong())
                .isEqualTo(1);

        assertThat(names(search(shop, "minPrice=3&maxPrice=5&sort=price"))).containsExactly("Blue mug", "Red mug");
        JsonNode secondPage = search(shop, "size=3&page=1");
        assertThat(names(secondPage)).containsExactly("Tea towel");
        assertThat(secondPage.get("page").get("totalElements").asLong()).isEqualTo(4);
        assertThat(secondPage.get("page").get("totalPages").asInt()).isEqualTo(2);
        assertThat(search(shop, "size=3&page=5")
                        .get("page")
                        .get("totalElements")
                        .asLong())
                .isEqualTo(4);

        assertProblem(
                api.get("/api/v1/catalog/products?minPrice=5&maxPrice=1")
                        .key(shop.readKey())
                        .send(),
                400);
        assertProblem(
                api.get("/api/v1/catalog/products?sort=colour")
                        .key(shop.readKey())
                        .send(),
                400);
        assertProblem(
                api.get("/api/v1/catalog/products?size=1000")
                        .key(shop.readKey())
                        .send(),
                400);
    }

    @Test
    void aSearchSeesAWriteAtOnce() {
        Shop shop = openShop();
        assertThat(search(shop, "q=lantern").get("page").get("totalElements").asLong())
                .isZero();
        put(shop, "71053", Map.of("name", "WHITE METAL LANTERN"));
        assertThat(names(search(shop, "q=lantern"))).containsExactly("WHITE METAL LANTERN");
        api.delete("/api/v1/catalog/products/71053").key(shop.writeKey()).send();
        assertThat(search(shop, "q=lantern").get("page").get("totalElements").asLong())
                .isZero();
    }

    @Test
    void oneTenantsSearchNeverShowsAnothersProductsOrWords() {
        Shop stocked = stockedShop();
        Shop other = openShop();
        batch(other, List.of(Map.of("productId", "1", "name", "Garden gnome")));
        assertThat(search(other, "").get("page").get("totalElements").asLong()).isEqualTo(1);
        assertThat(find(other, "lantern").get("page").get("totalElements").asLong())
                .isZero();
        assertThat(find(other, "lantren").get("page").get("totalElements").asLong())
                .isZero();
        assertThat(find(stocked, "gnome").get("page").get("totalElements").asLong())
                .isZero();
        assertThat(names(find(other, "gnom"))).containsExactly("Garden gnome");
    }
}
