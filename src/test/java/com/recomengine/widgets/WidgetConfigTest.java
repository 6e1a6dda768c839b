package com.recomengine.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Admins create, read, replace and delete the widget of each placement; bad configurations change nothing. */
class WidgetConfigTest extends WidgetHttpTest {

    @Test
    void aNewWidgetTakesTheDefaultsForWhatItDoesNotSay() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        JsonNode widget = createWidget(admin, tenant, "home_top");
        assertThat(widget.get("id").asString()).isNotBlank();
        assertThat(widget.get("placementId").asString()).isEqualTo("home_top");
        assertThat(widget.get("layout").asString()).isEqualTo("grid");
        assertThat(widget.get("columns").asInt()).isEqualTo(4);
        assertThat(widget.get("maxItems").asInt()).isEqualTo(8);
        assertThat(widget.get("showPrice").asBoolean()).isTrue();
        assertThat(widget.get("ctaText").asString()).isEqualTo("View");
        assertThat(widget.get("title").isNull()).isTrue();
        assertThat(widget.get("strategy").isNull()).isTrue();
        assertThat(widget.get("theme").size()).isZero();
        assertThat(widget.get("createdAt").asString()).isNotBlank();
    }

    @Test
    void aWidgetKeepsEveryFieldItWasGiven() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        createWidget(admin, tenant, full("pdp_similar"));
        JsonNode widget = api.get(widgets(tenant) + "/pdp_similar")
                .bearer(admin.accessToken())
                .send()
                .json();
        assertThat(widget.get("title").asString()).isEqualTo("You may also like");
        assertThat(widget.get("layout").asString()).isEqualTo("carousel");
        assertThat(widget.get("columns").asInt()).isEqualTo(3);
        assertThat(widget.get("maxItems").asInt()).isEqualTo(12);
        assertThat(widget.get("showPrice").asBoolean()).isFalse();
        assertThat(widget.get("ctaText").asString()).isEqualTo("Shop now");
        assertThat(widget.get("strategy").asString()).isEqualTo("content_based");
        assertThat(widget.get("productUrlTemplate").asString()).isEqualTo("/p/{productId}");
        assertThat(widget.get("locale").asString()).isEqualTo("en-GB");
        JsonNode theme = widget.get("theme");
        assertThat(theme.get("background").asString()).isEqualTo("#fff");
        assertThat(theme.get("accent").asString()).isEqualTo("#2563eb");
        assertThat(theme.get("font").asString()).isEqualTo("Inter, system-ui, sans-serif");
        assertThat(theme.get("radius").asInt()).isEqualTo(12);
    }

    @Test
    void listsTheTenantsWidgetsByPlacement() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        createWidget(admin, tenant, "pdp");
        createWidget(admin, tenant, "cart");
        createWidget(admin, tenant, "home_top");
        JsonNode page =
                api.get(widgets(tenant)).bearer(admin.accessToken()).send().json();
        assertThat(page.get("data")
                        .valueStream()
                        .map(w -> w.get("placementId").asString())
                        .toList())
                .containsExactly("cart", "home_top", "pdp");
        assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(3);
        assertProblem(
                api.get(widgets(tenant) + "?size=500")
                        .bearer(admin.accessToken())
                        .send(),
                400);
    }

    @Test
    void aSecondWidgetOnTheSamePlacementIsAConflict() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        createWidget(admin, tenant, "home_top");
        assertProblem(
                api.post(widgets(tenant), Map.of("placementId", "home_top", "layout", "list"))
                        .bearer(admin.accessToken())
                        .send(),
                409);
        assertThat(api.get(widgets(tenant) + "/home_top")
                        .bearer(admin.accessToken())
                        .send()
                        .json()
                        .get("layout")
                        .asString())
                .isEqualTo("grid");
    }

    @Test
    void putReplacesTheWholeWidgetOrCreatesIt() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        var created = api.put(widgets(tenant) + "/cart", full("cart"))
                .bearer(admin.accessToken())
                .send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        var replaced = api.put(widgets(tenant) + "/cart", Map.of("layout", "list", "columns", 1))
                .bearer(admin.accessToken())
                .send();
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        JsonNode widget = replaced.json();
        assertThat(widget.get("id").asString())
                .isEqualTo(created.json().get("id").asString());
        assertThat(widget.get("layout").asString()).isEqualTo("list");
        assertThat(widget.get("title").isNull()).isTrue();
        assertThat(widget.get("strategy").isNull()).isTrue();
        assertThat(widget.get("theme").size()).isZero();
        assertThat(api.get(widgets(tenant) + "/cart")
                        .bearer(admin.accessToken())
                        .send()
                        .json()
                        .get("columns")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void anEmptyCtaTextMeansNoButton() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        JsonNode widget = createWidget(admin, tenant, Map.of("placementId", "home_top", "ctaText", ""));
        assertThat(widget.get("ctaText").isNull()).isTrue();
    }

    @Test
    void deletingAWidgetFreesItsPlacement() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        createWidget(admin, tenant, "home_top");
        assertThat(api.delete(widgets(tenant) + "/home_top")
                        .bearer(admin.accessToken())
                        .send()
                        .status())
                .isEqualTo(204);
        assertProblem(
                api.get(widgets(tenant) + "/home_top")
                        .bearer(admin.accessToken())
                        .send(),
                404);
        assertProblem(
                api.delete(widgets(tenant) + "/home_top")
                        .bearer(admin.accessToken())
                        .send(),
                404);
        createWidget(admin, tenant, "home_top");
    }

    @Test
    void rejectsInvalidConfigurationsNamingTheField() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        Map<String, Map<String, Object>> cases = new java.util.LinkedHashMap<>();
        cases.put("placementId", Map.of("placementId", "home top"));
        cases.put("layout", Map.of("layout", "masonry"));
        cases.put("columns", Map.of("columns", 7));
        cases.put("maxItems", Map.of("maxItems", 25));
        cases.put("title", Map.of("title", "t".repeat(121)));
        cases.put("ctaText", Map.of("ctaText", "c".repeat(41)));
        cases.put("strategy", Map.of("strategy", "random"));
        cases.put("productUrlTemplate", Map.of("productUrlTemplate", "javascript:alert(1)"));
        cases.put("locale", Map.of("locale", "english please"));
        cases.put("theme.background", Map.of("theme", Map.of("background", "red")));
        cases.put("theme.accent", Map.of("theme", Map.of("accent", "#12345")));
        cases.put("theme.text", Map.of("theme", Map.of("text", "url(x)")));
        cases.put("theme.font", Map.of("theme", Map.of("font", "Inter; background: url(evil)")));
        cases.put("theme.radius", Map.of("theme", Map.of("radius", 33)));
        cases.put("surprise", Map.of("surprise", true));
        cases.forEach((field, overrides) -> {
            Map<String, Object> body = new HashMap<>(Map.of("placementId", "home_top"));
            body.putAll(overrides);
            var response =
                    api.post(widgets(tenant), body).bearer(admin.accessToken()).send();
            assertProblem(response, 400);
            assertThat(fieldsOf(response)).as(field).contains(field);
        });
        assertProblem(
                api.post(widgets(tenant), Map.of("columns", 2))
                        .bearer(admin.accessToken())
                        .send(),
                400);
        assertThat(api.get(widgets(tenant))
                        .bearer(admin.accessToken())
                        .send()
                        .json()
                        .get("data")
                        .size())
                .isZero();
    }

    @Test
    void aPutCannotMoveAWidgetToAnotherPlacement() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        createWidget(admin, tenant, "home_top");
        var response = api.put(widgets(tenant) + "/home_top", Map.of("placementId", "cart"))
                .bearer(admin.accessToken())
                .send();
        assertProblem(response, 400);
        assertThat(fieldsOf(response)).containsExactly("placementId");
        assertProblem(
                api.put(widgets(tenant) + "/not%20a%20slug", Map.of())
                        .bearer(admin.accessToken())
                        .send(),
                400);
    }

    static Map<String, Object> full(String placementId) {
        Map<String, Object> body = new HashMap<>();
        body.put("placementId", placementId);
        body.put("title", "You may also like");
        body.put("layout", "carousel");
        body.put("columns", 3);
        body.put("maxItems", 12);
        body.put("showPrice", false);
        body.put("ctaText", "Shop now");
        body.put("strategy", "content_based");
        body.put("productUrlTemplate", "/p/{productId}");
        body.put("locale", "en-GB");
        body.put(
                "theme",
                Map.of(
                        "background",
                        "#fff",
                        "accent",
                        "#2563eb",
                        "font",
                        "Inter, system-ui, sans-serif",
                        "radius",
                        12));
        return body;
    }
}
