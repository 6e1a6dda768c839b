package com.recomengine.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.recomengine.shared.TenantId;
import com.recomengine.support.Api;
import com.recomengine.support.HttpTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.awaitility.core.ConditionTimeoutException;
import tools.jackson.databind.JsonNode;

/**
 * Whole-flow recommendation tests, read as a story: open a shop, send its catalog and what its shoppers did through
 * the public API, build its models, ask for recommendations with a read key.
 */
public abstract class RecommendationsHttpTest extends HttpTest {

    /** A tenant with its admin, a read-write key for sending data and a read key for asking. */
    public record Shop(TenantId tenant, Admin admin, String writeKey, String readKey) {}

    protected Shop openShop() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        return new Shop(
                TenantId.of(tenant),
                admin,
                issueKey(admin, tenant, "secret", "read-write"),
                issueKey(admin, tenant, "secret", "read"));
    }

    /** The gift shop of {@link GiftShop}: its catalog, its shoppers' history and a model built from them. */
    protected Shop giftShop() {
        Shop shop = openShop();
        sendCatalog(shop, GiftShop.catalog());
        sendEvents(shop, GiftShop.history(Instant.now()));
        rebuild(shop);
        return shop;
    }

    protected static Map<String, Object> product(String id, String name, String category, double price) {
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("productId", id);
        product.put("name", name);
        product.put("category", category);
        product.put("price", price);
        product.put("currency", "GBP");
        product.put("imageUrl", "https://cdn.shop.test/" + id + ".jpg");
        product.put("url", "https://shop.test/p/" + id);
        return product;
    }

    protected void sendCatalog(Shop shop, List<Map<String, Object>> products) {
        var response = api.post("/api/v1/catalog/products/batch", Map.of("products", products))
                .key(shop.writeKey())
                .send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("rejected").asInt()).as(response.body()).isZero();
    }

    protected static Map<String, Object> purchase(String user, String product, String order, Instant at) {
        Map<String, Object> event = event("purchase", user, product, at);
        event.put("metadata", Map.of("orderId", order));
        return event;
    }

    protected static Map<String, Object> event(String type, String user, String product, Instant at) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", UUID.randomUUID().toString());
        event.put("eventType", type);
        event.put("userId", user);
        event.put("productId", product);
        event.put("timestamp", at.toString());
        return event;
    }

    protected void sendEvents(Shop shop, List<Map<String, Object>> events) {
        var response = api.post("/api/v1/events/batch", Map.of("events", events))
                .key(shop.writeKey())
                .send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("rejected").asInt()).as(response.body()).isZero();
    }

    /** Rebuilds the shop's models through the admin API (waiting out a scheduled build of the same tenant). */
    protected JsonNode rebuild(Shop shop) {
        Api.Response response = await("a rebuild not refused for a scheduled build of the same tenant")
                .dontCatchUncaughtExceptions()
                .atMost(Duration.ofSeconds(30))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> api.post("/api/v1/tenants/" + shop.tenant() + "/recommendations/rebuild")
                                .bearer(shop.admin().accessToken())
                                .send(),
                        answer -> answer.status() != 409);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    protected Api.Response ask(Shop shop, String query) {
        return api.get("/api/v1/recommendations?" + query).key(shop.readKey()).send();
    }

    protected JsonNode recommend(Shop shop, String query) {
        Api.Response response = ask(shop, query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    protected static List<String> ids(JsonNode answer) {
        List<String> ids = new ArrayList<>();
        answer.get("data").forEach(item -> ids.add(item.get("productId").asString()));
        return ids;
    }

    protected static List<String> reasons(JsonNode answer) {
        List<String> reasons = new ArrayList<>();
        answer.get("data").forEach(item -> reasons.add(item.get("reason").asString()));
        return reasons;
    }

    protected static String cache(JsonNode answer) {
        return answer.get("meta").get("cache").asString();
    }

    /** Asks until the answer satisfies {@code condition} (listeners run after commit, asynchronously). */
    protected static JsonNode eventually(Supplier<JsonNode> ask, Predicate<JsonNode> condition) {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        try {
            return await().dontCatchUncaughtExceptions()
                    .atMost(Duration.ofSeconds(45))
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(100))
                    .until(
                            () -> {
                                JsonNode answer = ask.get();
                                last.set(answer);
                                return answer;
                            },
                            condition);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("never came true; last answer " + last.get(), e);
        }
    }

    /** Lets {@code millis} pass, for a wait that has nothing to show for its end. */
    protected static void sleep(long millis) {
        Duration pause = Duration.ofMillis(millis);
        long from = System.nanoTime();
        await().dontCatchUncaughtExceptions()
                .pollDelay(pause)
                .atMost(pause.plusSeconds(10))
                .until(() -> System.nanoTime() - from >= pause.toNanos());
    }
}
