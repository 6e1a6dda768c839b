package com.recomengine.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class WidgetPagesTest extends DashboardTest {

    @Autowired
    JdbcTemplate jdbc;

    private static Map<String, String> form(String... pairs) {
        Map<String, String> form = new HashMap<>(
                Map.of("layout", "grid", "columns", "4", "maxItems", "8", "showPrice", "true", "ctaText", "View"));
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    @Test
    void addsAWidgetAndShowsItsFormBesideTheRealSdkPreview() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Shop");
        String widgets = "/dashboard/tenants/" + tenant + "/widgets";
        ada.get(widgets);
        var edit = ada.submit(widgets, Map.of("placementId", "home_top"));
        assertThat(edit.body())
                .contains("Widget &#39;home_top&#39; created")
                .contains("Live preview")
                .contains("data-recomengine-placement=\"home_top\"")
                .containsPattern("<script src=\"/sdk/v1/recomengine.js\"[^>]* data-api-key=\"rk_pub_[A-Za-z0-9_-]+\"")
                .containsPattern("<script src=\"/sdk/v1/recomengine.js\"[^>]* data-consent=\"false\"");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM api_keys WHERE tenant_id = ?::uuid AND name = 'Dashboard preview'",
                        Long.class,
                        tenant))
                .isEqualTo(1);
        ada.get(widgets + "/home_top");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM api_keys WHERE tenant_id = ?::uuid AND name = 'Dashboard preview'",
                        Long.class,
                        tenant))
                .as("one preview key per session")
                .isEqualTo(1);
        assertThat(ada.get(widgets).body()).contains("home_top");
    }

    @Test
    void savesTheWholeConfigurationAndRefusesBadValuesFieldByField() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Shop");
        String widgets = "/dashboard/tenants/" + tenant + "/widgets";
        ada.get(widgets);
        ada.submit(widgets, Map.of("placementId", "pdp.similar"));
        String edit = widgets + "/pdp.similar";

        var bad = ada.post(
                edit, form("columns", "9", "accent", "red", "radius", "40", "productUrlTemplate", "javascript:x"));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body())
                .contains("id=\"columns-error\"")
                .contains("Between 1 and 6.")
                .contains("id=\"accent-error\"")
                .contains("A hex colour like")
                .contains("id=\"radius-error\"")
                .contains("id=\"productUrlTemplate-error\"")
                .contains("value=\"red\"");

        var saved = ada.submit(
                edit,
                form(
                        "layout",
                        "carousel",
                        "columns",
                        "3",
                        "maxItems",
                        "12",
                        "title",
                        "You may also like",
                        "strategy",
                        "trending",
                        "accent",
                        "#2563eb",
                        "radius",
                        "12",
                        "font",
                        "Georgia, serif",
                        "productUrlTemplate",
                        "/products/{productId}",
                        "locale",
                        "en-GB",
                        "ctaText",
                        ""));
        assertThat(saved.body())
                .contains("Widget saved")
                .contains("value=\"You may also like\"")
                .contains("value=\"#2563eb\"")
                .contains("value=\"trending\" selected");
        assertThat(jdbc.queryForMap(
                        "SELECT layout, columns, max_items, title, strategy FROM widgets WHERE tenant_id = ?::uuid",
                        java.util.UUID.fromString(tenant)))
                .containsEntry("layout", "CAROUSEL")
                .containsEntry("columns", 3)
                .containsEntry("max_items", 12)
                .containsEntry("title", "You may also like")
                .containsEntry("strategy", "trending");
        var config = api.get("/api/v1/widgets/pdp.similar")
                .key(issueKey(ada, tenant, "secret", "read"))
                .send();
        assertThat(config.json().get("theme").get("accent").asString()).isEqualTo("#2563eb");
        assertThat(config.json().get("showPrice").asBoolean()).isTrue();
        assertThat(config.json().has("ctaText") && !config.json().get("ctaText").isNull())
                .isFalse();
    }

    @Test
    void savesDiversityAndRotationAndRefusesValuesOutOfRange() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Shop");
        String widgets = "/dashboard/tenants/" + tenant + "/widgets";
        ada.get(widgets);
        ada.submit(widgets, Map.of("placementId", "home_top"));
        String edit = widgets + "/home_top";
        assertThat(ada.get(edit).body())
                .contains("Max per category")
                .contains("Rotation window (hours)")
                .contains("Rotation strength");

        var bad = ada.post(edit, form("maxPerCategory", "25", "rotationHours", "721", "rotationStrength", "1.5"));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body())
                .contains("id=\"maxPerCategory-error\"")
                .contains("Between 1 and 24, or empty for no cap.")
                .contains("id=\"rotationHours-error\"")
                .contains("Between 1 and 720 hours")
                .contains("id=\"rotationStrength-error\"")
                .contains("A number from 0 to 1");
        assertThat(rotation(tenant)).containsEntry("rotation_hours", null);

        var saved = ada.submit(edit, form("maxPerCategory", "2", "rotationHours", "48", "rotationStrength", "0.75"));
        assertThat(saved.body())
                .contains("Widget saved")
                .contains("value=\"2\"")
                .contains("value=\"48\"")
                .contains("value=\"0.75\"");
        assertThat(rotation(tenant))
                .containsEntry("max_per_category", 2)
                .containsEntry("rotation_hours", 48)
                .containsEntry("rotation_strength", 0.75);

        ada.submit(edit, form("rotationHours", "6"));
        assertThat(rotation(tenant))
                .as("an empty strength takes the default; an empty cap removes it")
                .containsEntry("max_per_category", null)
                .containsEntry("rotation_hours", 6)
                .containsEntry("rotation_strength", 0.5);
        ada.submit(edit, form("rotationStrength", "0.9"));
        assertThat(rotation(tenant))
                .as("no window: no rotation, whatever the strength")
                .containsEntry("rotation_hours", null)
                .containsEntry("rotation_strength", null);
    }

    private Map<String, Object> rotation(String tenant) {
        return jdbc.queryForMap(
                "SELECT max_per_category, rotation_hours, rotation_strength FROM widgets WHERE tenant_id = ?::uuid",
                tenant);
    }

    @Test
    void refusesABadPlacementIdNextToItsField() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Shop");
        String widgets = "/dashboard/tenants/" + tenant + "/widgets";
        ada.get(widgets);
        var page = ada.post(widgets, Map.of("placementId", "home top!"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"placementId-error\"").contains("starting with a letter or digit");
    }

    @Test
    void deletesAWidgetAfterConfirmation() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Shop");
        String widgets = "/dashboard/tenants/" + tenant + "/widgets";
        ada.get(widgets);
        ada.submit(widgets, Map.of("placementId", "cart"));
        assertThat(ada.get(widgets + "/cart/delete").body()).contains("Delete the widget of cart?");
        var done = ada.submit(widgets + "/cart/delete", Map.of());
        assertThat(done.body()).contains("Widget &#39;cart&#39; deleted");
        assertThat(ada.get(widgets + "/cart").status()).isEqualTo(404);
    }

    @Test
    void theSessionsPreviewKeyIsRevokedAtLogout() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Shop");
        String widgets = "/dashboard/tenants/" + tenant + "/widgets";
        ada.get(widgets);
        String page = ada.submit(widgets, Map.of("placementId", "home_top")).body();
        Matcher key =
                Pattern.compile("data-api-key=\"(rk_pub_[A-Za-z0-9_-]+)\"").matcher(page);
        assertThat(key.find()).isTrue();
        assertThat(api.get("/api/v1/widgets/home_top").key(key.group(1)).send().status())
                .isEqualTo(200);
        ada.post("/logout", Map.of());
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM api_keys WHERE tenant_id = ?::uuid AND name = 'Dashboard preview' "
                                + "AND revoked_at IS NOT NULL",
                        Long.class,
                        tenant))
                .isEqualTo(1);
    }

    @Test
    void anotherAdminCannotOpenOrChangeTheWidgets() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Shop");
        String widgets = "/dashboard/tenants/" + tenant + "/widgets";
        ada.get(widgets);
        ada.submit(widgets, Map.of("placementId", "home_top"));
        Browser bob = signedUp();
        assertThat(bob.get(widgets + "/home_top").status()).isEqualTo(404);
        bob.get("/dashboard/tenants");
        assertThat(bob.post(widgets + "/home_top", form("columns", "2")).status())
                .isEqualTo(404);
        assertThat(jdbc.queryForObject("SELECT columns FROM widgets WHERE tenant_id = ?::uuid", Integer.class, tenant))
                .isEqualTo(4);
    }
}
