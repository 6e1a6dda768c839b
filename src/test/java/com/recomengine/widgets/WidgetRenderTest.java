package com.recomengine.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.recommendations.RecommendationRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The SDUI document of a placement: valid against sdk-js/sdui.schema.json, built from the widget and the engine. */
class WidgetRenderTest extends WidgetHttpTest {

    @Test
    void theSchemaValidatorAcceptsTheSampleAndRefusesABrokenDocument() throws Exception {
        String sample = Files.readString(Path.of("sdk-js/test/fixtures/sdui-sample.json"));
        assertThat(SduiSchema.violations(sample)).isEmpty();
        assertThat(SduiSchema.violations(sample.replace("\"#2563eb\"", "\"url(evil)\"")))
                .isNotEmpty();
        assertThat(SduiSchema.violations(sample.replace("\"columns\": 4", "\"columns\": 7")))
                .isNotEmpty();
        assertThat(SduiSchema.violations(sample.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2")))
                .isNotEmpty();
    }

    @Test
    void everyLayoutRendersAValidDocument() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        String key = issueKey(admin, tenant, "publishable", null);
        for (String layout : new String[] {"grid", "carousel", "list"}) {
            Map<String, Object> body = new HashMap<>(WidgetConfigTest.full("w_" + layout));
            body.put("layout", layout);
            createWidget(admin, tenant, body);
            var response = api.get("/api/v1/widgets/w_" + layout + "/render?userId=u-1")
                    .key(key)
                    .send();
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(SduiSchema.violations(response.body()))
                    .as(response.body())
                    .isEmpty();
            assertThat(response.json().get("root").get("layout").asString()).isEqualTo(layout);
        }
    }

    @Test
    void theDocumentCarriesTheWidgetAndTheRecommendations() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        String key = issueKey(admin, tenant, "publishable", null);
        createWidget(
                admin,
                tenant,
                Map.of(
                        "placementId",
                        "home_top",
                        "title",
                        "Picked for you",
                        "layout",
                        "grid",
                        "columns",
                        3,
                        "maxItems",
                        5,
                        "ctaText",
                        "View",
                        "locale",
                        "en-GB",
                        "productUrlTemplate",
                        "https://shop.test/products/{productId}",
                        "theme",
                        Map.of("accent", "#0f766e", "font", "Georgia, serif", "radius", 10)));

        var response = api.get("/api/v1/widgets/home_top/render?userId=u-42&productId=sku-9&assignmentId=a-7")
                .key(key)
                .send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("cache-control")).contains("no-store");
        assertThat(SduiSchema.violations(response.body())).as(response.body()).isEmpty();

        RecommendationRequest asked = KnownRecommendations.lastRequest();
        assertThat(asked.tenantId().toString()).isEqualTo(tenant);
        assertThat(asked.placementId()).isEqualTo("home_top");
        assertThat(asked.limit()).isEqualTo(5);
        assertThat(asked.userId()).isEqualTo("u-42");
        assertThat(asked.productId()).isEqualTo("sku-9");
        assertThat(asked.assignmentId()).isEqualTo("a-7");
        assertThat(asked.strategy())
                .as("the engine resolves experiments, then the widget's strategy")
                .isNull();

        JsonNode doc = response.json();
        assertThat(doc.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(doc.get("placementId").asString()).isEqualTo("home_top");
        assertThat(doc.get("strategy").asString()).isEqualTo("collaborative");
        assertThat(doc.get("variant").asString()).isEqualTo("variant");
        assertThat(doc.get("experimentId").asString()).isEqualTo(KnownRecommendations.EXPERIMENT.toString());
        String recommendationId = doc.get("recommendationId").asString();

        JsonNode root = doc.get("root");
        assertThat(root.get("type").asString()).isEqualTo("container");
        assertThat(root.get("columns").asInt()).isEqualTo(3);
        assertThat(root.get("title").asString()).isEqualTo("Picked for you");
        JsonNode tokens = root.get("style").get("tokens");
        assertThat(tokens.get("accent").asString()).isEqualTo("#0f766e");
        assertThat(tokens.get("font").asString()).isEqualTo("Georgia, serif");
        assertThat(tokens.get("radius").asInt()).isEqualTo(10);
        assertThat(tokens.has("background")).isFalse();

        JsonNode cards = root.get("children");
        assertThat(cards.size()).as("maxItems caps the cards").isEqualTo(5);
        for (int i = 0; i < cards.size(); i++) {
            assertThat(cards.get(i).get("type").asString()).isEqualTo("card");
            assertThat(cards.get(i).get("tracking").get("position").asInt()).isEqualTo(i);
            assertThat(cards.get(i).get("tracking").get("recommendationId").asString())
                    .isEqualTo(recommendationId);
        }

        JsonNode first = cards.get(0);
        assertThat(first.get("productId").asString()).isEqualTo("sku-1");
        assertThat(first.get("title").asString()).isEqualTo("Trail running shoes");
        assertThat(first.get("imageUrl").asString()).isEqualTo("https://cdn.shop.test/img/1.jpg");
        assertThat(first.get("url").asString()).isEqualTo("https://shop.test/p/sku-1");
        assertThat(first.get("price").get("amount").decimalValue()).isEqualByComparingTo("89.9");
        assertThat(first.get("price").get("currency").asString()).isEqualTo("EUR");
        assertThat(first.get("price").get("display").asString()).isEqualTo("€89.90");
        assertThat(first.get("badge").asString()).isEqualTo("Because you viewed Hiking socks");
        assertThat(first.get("cta").get("text").asString()).isEqualTo("View");
        assertThat(first.get("cta").get("action").get("type").asString()).isEqualTo("navigate");
        assertThat(first.get("cta").get("action").get("url").asString()).isEqualTo("https://shop.test/p/sku-1");

        JsonNode hostile = cards.get(1);
        assertThat(hostile.get("title").asString())
                .as("merchant text stays text")
                .isEqualTo(KnownRecommendations.HOSTILE_NAME);
        assertThat(hostile.get("imageUrl").isNull()).isTrue();
        assertThat(hostile.get("url").asString())
                .as("a path resolves against the page")
                .startsWith("http://localhost:")
                .endsWith("/p/sku-2");
        assertThat(hostile.get("price").get("display").asString()).isEqualTo("£2.50");
        assertThat(hostile.get("badge").asString())
                .hasSize(60)
                .endsWith("…")
                .startsWith(KnownRecommendations.LONG_REASON.substring(0, 50));

        JsonNode odd = cards.get(2);
        assertThat(odd.get("productId").asString()).isEqualTo(KnownRecommendations.ODD_ID);
        assertThat(odd.get("title").asString()).hasSize(300).endsWith("…");
        assertThat(odd.get("imageUrl").isNull())
                .as("javascript: URLs are dropped")
                .isTrue();
        assertThat(odd.get("url").asString())
                .as("the template links products without a URL")
                .isEqualTo("https://shop.test/products/sku%203%2F%C3%A4");
        assertThat(odd.get("price").isNull()).isTrue();

        assertThat(cards.get(3).get("imageUrl").asString())
                .as("protocol-relative URLs take the page's scheme")
                .isEqualTo("http://cdn.shop.test/img/4.jpg");
        assertThat(cards.get(3).get("price").get("display").asString()).isEqualTo("US$4.00");
    }

    @Test
    void pathsResolveAgainstTheAllowedPageOrigin() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(
                admin, Map.of("name", "Shop", "allowedOrigins", java.util.List.of("https://shop.example.com")));
        String key = issueKey(admin, tenant, "publishable", null);
        createWidget(admin, tenant, Map.of("placementId", "pdp", "productUrlTemplate", "/p/{productId}"));
        var response = api.get("/api/v1/widgets/pdp/render")
                .key(key)
                .header("Origin", "https://shop.example.com")
                .send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(SduiSchema.violations(response.body())).isEmpty();
        JsonNode cards = response.json().get("root").get("children");
        assertThat(cards.get(1).get("url").asString()).isEqualTo("https://shop.example.com/p/sku-2");
        assertThat(cards.get(3).get("url").asString()).isEqualTo("https://shop.example.com/p/sku-4");
        assertThat(cards.get(3).get("imageUrl").asString()).isEqualTo("https://cdn.shop.test/img/4.jpg");
        assertThat(response.json().get("variant").isNull())
                .as("no assignment id, no experiment")
                .isTrue();
    }

    @Test
    void hiddenPricesAndNoButtonLeaveThoseFieldsNull() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        String key = issueKey(admin, tenant, "publishable", null);
        createWidget(admin, tenant, Map.of("placementId", "cart", "layout", "list", "showPrice", false, "ctaText", ""));
        var response = api.get("/api/v1/widgets/cart/render").key(key).send();
        assertThat(SduiSchema.violations(response.body())).isEmpty();
        for (JsonNode card : response.json().get("root").get("children")) {
            assertThat(card.get("price").isNull()).isTrue();
            assertThat(card.get("cta").isNull()).isTrue();
        }
        assertThat(response.json().get("root").get("children").size()).isEqualTo(8);
    }

    @Test
    void aPlacementWithoutAWidgetDrawsTheTenantsDefaultShapedAsThePageAsks() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        String key = issueKey(admin, tenant, "publishable", null);

        var plain = api.get("/api/v1/widgets/nowhere/render").key(key).send();
        assertThat(plain.status()).as(plain.body()).isEqualTo(200);
        assertThat(SduiSchema.violations(plain.body())).as(plain.body()).isEmpty();
        JsonNode root = plain.json().get("root");
        assertThat(root.get("layout").asString()).isEqualTo("grid");
        assertThat(root.get("columns").asInt()).isEqualTo(4);
        assertThat(root.get("children").size()).isEqualTo(8);
        assertThat(root.get("style").get("tokens").isEmpty())
                .as("no theme: the page's font and colours")
                .isTrue();
        assertThat(KnownRecommendations.lastRequest().strategy())
                .as("the tenant's default")
                .isNull();

        var shaped = api.get("/api/v1/widgets/nowhere/render?layout=list&limit=3&title=More%20to%20discover")
                .key(key)
                .send();
        assertThat(shaped.status()).as(shaped.body()).isEqualTo(200);
        assertThat(SduiSchema.violations(shaped.body())).isEmpty();
        root = shaped.json().get("root");
        assertThat(root.get("layout").asString()).isEqualTo("list");
        assertThat(root.get("columns").asInt()).isEqualTo(1);
        assertThat(root.get("title").asString()).isEqualTo("More to discover");
        assertThat(root.get("children").size()).isEqualTo(3);
        for (JsonNode card : root.get("children")) {
            assertThat(card.get("url").isNull() || card.get("url").asString().startsWith("http"))
                    .as("a link only to the item's own absolute URL: %s", card)
                    .isTrue();
        }
    }

    @Test
    void theShapeOfTheDefaultIsIgnoredWhenThePlacementHasAWidget() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        String key = issueKey(admin, tenant, "publishable", null);
        createWidget(admin, tenant, Map.of("placementId", "home_top", "layout", "carousel", "columns", 3));
        var response = api.get("/api/v1/widgets/home_top/render?layout=list&columns=1&limit=2")
                .key(key)
                .send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("root").get("layout").asString()).isEqualTo("carousel");
        assertThat(response.json().get("root").get("children").size()).isEqualTo(8);
    }

    @Test
    void aBadShapeForTheDefaultIsRefusedNamingTheParameter() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        String key = issueKey(admin, tenant, "publishable", null);
        var response = api.get("/api/v1/widgets/nowhere/render?layout=table&columns=9&limit=0")
                .key(key)
                .send();
        assertProblem(response, 400);
        assertThat(fieldsOf(response)).contains("layout", "columns", "limit");
        assertProblem(
                api.get("/api/v1/widgets/nowhere/render?columns=many").key(key).send(), 400);
    }

    @Test
    void everyCardCarriesTheFallbackTileNativeAppsDrawWithoutAnImage() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        String key = issueKey(admin, tenant, "publishable", null);
        var response =
                api.get("/api/v1/widgets/home_top/render?limit=24").key(key).send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        for (JsonNode card : response.json().get("root").get("children")) {
            JsonNode fallback = card.get("fallback");
            assertThat(fallback.get("text").asString()).as(card.toString()).matches("\\S{1,4}");
            assertThat(fallback.get("background").asString()).matches("#[0-9a-f]{6}");
        }
        JsonNode first = response.json().get("root").get("children").get(0);
        assertThat(first.get("fallback").get("text").asString()).isEqualTo("TR");
    }

    @Test
    void badIdsAreRejectedNamingTheParameter() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        String key = issueKey(admin, tenant, "publishable", null);
        createWidget(admin, tenant, "home_top");
        var response = api.get("/api/v1/widgets/home_top/render?userId=a%00b&productId=" + "p".repeat(257))
                .key(key)
                .send();
        assertProblem(response, 400);
        assertThat(fieldsOf(response)).contains("userId", "productId");
    }

    @Test
    void theAdminPreviewDrawsTheSameDocument() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        createWidget(admin, tenant, Map.of("placementId", "home_top", "layout", "carousel"));
        var response = api.get(widgets(tenant) + "/home_top/preview?userId=u-1")
                .bearer(admin.accessToken())
                .send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(SduiSchema.violations(response.body())).isEmpty();
        assertThat(response.json().get("root").get("layout").asString()).isEqualTo("carousel");
        assertProblem(
                api.get(widgets(tenant) + "/nowhere/preview")
                        .bearer(admin.accessToken())
                        .send(),
                404);
    }
}
