package com.recomengine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.shared.TenantId;
import com.recomengine.support.Api;
import com.recomengine.support.HttpTest;
import java.util.Map;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** A tenant with a read-write and a read key, and the catalog calls tests make. */
@Import(CatalogEvents.class)
abstract class CatalogHttpTest extends HttpTest {

    record Shop(TenantId tenant, String writeKey, String readKey) {}

    protected Shop openShop() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        return new Shop(
                TenantId.of(tenant),
                issueKey(admin, tenant, "secret", "read-write"),
                issueKey(admin, tenant, "secret", "read"));
    }

    protected Api.Response put(Shop shop, String productId, Map<String, Object> product) {
        return RawHttp.json(port, "PUT", "/api/v1/catalog/products/" + productId, shop.writeKey(), product);
    }

    protected JsonNode get(Shop shop, String productId) {
        var response = api.get("/api/v1/catalog/products/" + productId)
                .key(shop.readKey())
                .send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    protected JsonNode batch(Shop shop, Object products) {
        var response = api.post("/api/v1/catalog/products/batch", Map.of("products", products))
                .key(shop.writeKey())
                .send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    protected JsonNode search(Shop shop, String query) {
        var response =
                api.get("/api/v1/catalog/products?" + query).key(shop.readKey()).send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
