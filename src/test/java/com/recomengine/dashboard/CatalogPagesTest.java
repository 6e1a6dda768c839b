package com.recomengine.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogPagesTest extends DashboardTest {

    private String shopWithProducts(Browser ada) {
        String tenant = createTenant(ada, "Tea shop");
        String key = issueKey(ada, tenant, "secret", "read-write");
        var sent = api.post(
                        "/api/v1/catalog/products/batch",
                        Map.of(
                                "products",
                                List.of(
                                        Map.of(
                                                "productId",
                                                "tea-1",
                                                "name",
                                                "Green tea tin",
                                                "category",
                                                "Tea",
                                                "price",
                                                4.5,
                                                "currency",
                                                "GBP",
                                                "attributes",
                                                Map.of("origin", "Japan")),
                                        Map.of(
                                                "productId",
                                                "tea-2",
                                                "name",
                                                "Black tea bags",
                                                "category",
                                                "Tea",
                                                "price",
                                                3,
                                                "currency",
                                                "GBP"),
                                        Map.of(
                                                "productId",
                                                "pot/1",
                                                "name",
                                                "Cast iron teapot",
                                                "category",
                                                "Teaware",
                                                "available",
                                                false))))
                .key(key)
                .send();
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        return tenant;
    }

    @Test
    void browsesSearchesAndFiltersTheTenantsProducts() {
        Browser ada = signedUp();
        String tenant = shopWithProducts(ada);
        String catalog = "/dashboard/tenants/" + tenant + "/catalog";

        String all = ada.get(catalog).body();
        assertThat(all)
                .contains("3 products")
                .contains("Green tea tin")
                .contains("Cast iron teapot")
                .contains("Tea (2)")
                .contains("Teaware (1)");
        assertThat(ada.get(catalog + "?q=teapot").body())
                .contains("Cast iron teapot")
                .doesNotContain("Green tea tin");
        assertThat(ada.get(catalog + "?q=gren").body())
                .as("typo")
                .contains("Green tea tin")
                .contains("closest words");
        assertThat(ada.get(catalog + "?category=Tea").body())
                .contains("2 products")
                .doesNotContain("Cast iron teapot");
        assertThat(ada.get(catalog + "?available=no").body())
                .contains("1 product")
                .contains("Cast iron teapot");
        assertThat(ada.get(catalog + "?page=9999").body()).contains("page × size must stay within");
    }

    @Test
    void showsAProductWithItsAttributesAndWhatEachStrategyRecommends() {
        Browser ada = signedUp();
        String tenant = shopWithProducts(ada);
        String product = ada.get("/dashboard/tenants/" + tenant + "/catalog/product?id=tea-1")
                .body();
        assertThat(product)
                .contains("Green tea tin")
                .contains("&quot;origin&quot; : &quot;Japan&quot;")
                .contains("Recommended next to it, and why")
                .contains("Frequently bought together");
        assertThat(ada.get("/dashboard/tenants/" + tenant + "/catalog/product?id=pot%2F1")
                        .body())
                .contains("Cast iron teapot")
                .contains("unavailable");
        assertThat(ada.get("/dashboard/tenants/" + tenant + "/catalog/product?id=nope")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anotherAdminSeesNoneOfTheProducts() {
        Browser ada = signedUp();
        String tenant = shopWithProducts(ada);
        Browser bob = signedUp();
        assertThat(bob.get("/dashboard/tenants/" + tenant + "/catalog").status())
                .isEqualTo(404);
        assertThat(bob.get("/dashboard/tenants/" + tenant + "/catalog/product?id=tea-1")
                        .body())
                .doesNotContain("Green tea tin");
    }
}
