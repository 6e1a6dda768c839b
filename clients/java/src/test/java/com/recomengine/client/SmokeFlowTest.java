package com.recomengine.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recomengine.client.api.ApiKeysApi;
import com.recomengine.client.api.AuthApi;
import com.recomengine.client.api.CatalogApi;
import com.recomengine.client.api.EventsApi;
import com.recomengine.client.api.RecommendationsApi;
import com.recomengine.client.api.TenantsApi;
import com.recomengine.client.model.ApiKeyView;
import com.recomengine.client.model.CatalogBatchReport;
import com.recomengine.client.model.Event;
import com.recomengine.client.model.EventBatch;
import com.recomengine.client.model.IngestionOutcome;
import com.recomengine.client.model.IssueKey;
import com.recomengine.client.model.RecommendedItem;
import com.recomengine.client.model.Login;
import com.recomengine.client.model.Problem;
import com.recomengine.client.model.ProductBatch;
import com.recomengine.client.model.ProductInput;
import com.recomengine.client.model.ProductView;
import com.recomengine.client.model.RecommendationsResponse;
import com.recomengine.client.model.Signup;
import com.recomengine.client.model.TenantRequest;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated Java client against the running application ({@code -Drecomengine.baseUrl=…}, set by
 * scripts/api-clients.sh): a store's first hour through the client's typed calls, and errors read as typed problems.
 */
class SmokeFlowTest {

    static final List<String> PRODUCTS = List.of("java-lantern", "java-candle", "java-holder", "java-mug");
    static final String BASE_URL = System.getProperty("recomengine.baseUrl", "");

    static ApiClient admin;
    static String apiKey;
    static UUID tenantId;

    @BeforeAll
    static void aStoreWithAKey() throws ApiException {
        assertTrue(BASE_URL.startsWith("http"), "-Drecomengine.baseUrl must name the running application");
        String email = "java-" + UUID.randomUUID() + "@shop.example.com";
        AuthApi auth = new AuthApi(client(builder -> {}));
        assertEquals(email, auth.signup(new Signup().email(email).password("a-long-password").name("Java")).getEmail());
        String token = auth.login(new Login().email(email).password("a-long-password")).getAccessToken();
        admin = client(builder -> builder.header("Authorization", "Bearer " + token));
        tenantId = new TenantsApi(admin).createTenant(new TenantRequest().name("Java shop")).getId();
        ApiKeyView key = new ApiKeysApi(admin)
                .issue(tenantId, new IssueKey().name("backend").type("secret").permissions("read-write"));
        apiKey = key.getKey();
        assertTrue(apiKey.startsWith("rk_live_"), apiKey);
    }

    @Test
    void sendsTheCatalogAndEventsAndGetsRecommendations() throws ApiException {
        ApiClient keyed = client(builder -> builder.header("X-API-Key", apiKey));
        List<ProductInput> products = new ArrayList<>();
        for (int i = 0; i < PRODUCTS.size(); i++) {
            products.add(new ProductInput()
                    .productId(PRODUCTS.get(i))
                    .name("Product " + PRODUCTS.get(i))
                    .price(BigDecimal.valueOf(250 + 100L * i, 2))
                    .currency("GBP")
                    .category("Home")
                    .attributes(Map.of("colour", "white", "rank", i)));
        }
        CatalogBatchReport catalog = new CatalogApi(keyed).upsert(new ProductBatch().products(products));
        assertEquals(PRODUCTS.size(), catalog.getAccepted());
        assertEquals(0, catalog.getRejected());
        ProductView product = new CatalogApi(keyed).getProduct(PRODUCTS.get(1));
        assertEquals(new BigDecimal("3.5"), product.getPrice().stripTrailingZeros());
        assertEquals(Map.of("colour", "white", "rank", 1), product.getAttributes());

        List<Event> events = new ArrayList<>();
        for (int i = 0; i < PRODUCTS.size(); i++) {
            for (int shopper = 0; shopper < PRODUCTS.size() - i; shopper++) {
                events.add(new Event()
                        .eventType(Event.EventTypeEnum.PURCHASE)
                        .userId("shopper-" + shopper)
                        .productId(PRODUCTS.get(i)));
            }
        }
        IngestionOutcome batch = new EventsApi(keyed).batch(new EventBatch().events(events), null);
        assertEquals(events.size(), batch.getAccepted());
        assertEquals(
                "accepted",
                new EventsApi(keyed)
                        .one(new Event()
                                .eventType(Event.EventTypeEnum.VIEW)
                                .userId("shopper-0")
                                .productId(PRODUCTS.get(1)))
                        .getStatus()
                        .getValue());

        assertTrue(new RecommendationsApi(admin).rebuild(tenantId).getItems() > 0);
        RecommendationsResponse answer =
                new RecommendationsApi(keyed).recommend(null, PRODUCTS.get(0), null, null, 3, null, null, null, null);
        assertFalse(answer.getData().isEmpty(), "recommendations around a product of the catalog");
        for (RecommendedItem item : answer.getData()) {
            assertTrue(PRODUCTS.contains(item.getProductId()) && !item.getProductId().equals(PRODUCTS.get(0)));
            assertNotNull(item.getReason());
        }
        assertNotNull(answer.getMeta().getRecommendationId());
        assertNotNull(answer.getMeta().getStrategy());
    }

    @Test
    void answersAnInvalidParameterWithATypedProblemNamingTheField() throws Exception {
        ApiClient keyed = client(builder -> builder.header("X-API-Key", apiKey));
        ApiException error = assertThrows(
                ApiException.class,
                () -> new RecommendationsApi(keyed).recommend(null, null, null, null, 0, null, null, null, null));
        assertTrue(error.getResponseHeaders()
                .firstValue("content-type")
                .orElse("")
                .startsWith("application/problem+json"));
        Problem problem = keyed.getObjectMapper().readValue(error.getResponseBody(), Problem.class);
        assertEquals(400, problem.getStatus());
        assertTrue(problem.getErrors().stream().anyMatch(e -> "limit".equals(e.getField())), problem.toString());
    }

    @Test
    void answersACallWithoutCredentialsWithATyped401Problem() throws Exception {
        ApiClient anonymous = client(builder -> {});
        ApiException error =
                assertThrows(ApiException.class, () -> new TenantsApi(anonymous).getTenant(tenantId));
        Problem problem = anonymous.getObjectMapper().readValue(error.getResponseBody(), Problem.class);
        assertEquals(401, problem.getStatus());
        assertEquals("/problems/unauthorized", problem.getType());
    }

    private static ApiClient client(Consumer<HttpRequest.Builder> credentials) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(BASE_URL);
        client.setRequestInterceptor(credentials);
        return client;
    }
}
