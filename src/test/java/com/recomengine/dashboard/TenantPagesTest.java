package com.recomengine.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class TenantPagesTest extends DashboardTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void listsOnlyTheAdminsOwnTenants() {
        Browser ada = signedUp();
        Browser bob = signedUp();
        createTenant(ada, "Ada's Teas");
        createTenant(bob, "Bob's Bikes");
        String list = ada.open("/dashboard/tenants").body();
        assertThat(list).contains("Ada&#39;s Teas").doesNotContain("Bob&#39;s Bikes");
    }

    @Test
    void anotherAdminsTenantIsNotFoundOnEveryPage() {
        Browser ada = signedUp();
        Browser bob = signedUp();
        String adas = createTenant(ada, "Private shop");
        for (String path : new String[] {"", "/settings", "/suspend", "/delete"}) {
            var page = bob.get("/dashboard/tenants/" + adas + path);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("Not found").doesNotContain("Private shop");
        }
        bob.get("/dashboard/tenants");
        var post = bob.post(
                "/dashboard/tenants/" + adas + "/settings",
                Map.of("name", "Taken over", "defaultStrategy", "popular", "retentionDays", "30"));
        assertThat(post.status()).isEqualTo(404);
        assertThat(bob.post("/dashboard/tenants/" + adas + "/delete", Map.of("confirmName", "Private shop"))
                        .status())
                .isEqualTo(404);
        assertThat(jdbc.queryForObject(
                        "SELECT name || ':' || status FROM tenants WHERE id = ?::uuid", String.class, adas))
                .isEqualTo("Private shop:ACTIVE");
    }

    @Test
    void createsATenantWithItsConfigurationAndShowsItInSettings() {
        Browser ada = signedUp();
        ada.get("/dashboard/tenants/new");
        var created = ada.post(
                "/dashboard/tenants",
                Map.of(
                        "name",
                        "Gift shop",
                        "defaultStrategy",
                        "trending",
                        "allowedOrigins",
                        "https://gifts.test/\r\nhttp://localhost:3000\r\n\r\nhttps://gifts.test",
                        "excludedCategories",
                        "Gift cards\nSamples",
                        "retentionDays",
                        " 120 "));
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        String settings = ada.open(created.location().replaceFirst("^https?://[^/]+", "") + "/settings")
                .body();
        assertThat(settings)
                .contains("value=\"trending\" selected")
                .contains("https://gifts.test\nhttp://localhost:3000</textarea>")
                .contains("Gift cards\nSamples</textarea>")
                .contains("value=\"120\"")
                .doesNotContain("id=\"excludePurchased\" name=\"excludePurchased\" value=\"true\" checked");
    }

    @Test
    void tenantFormsSayWhatIsWrongNextToEachField() {
        Browser ada = signedUp();
        ada.get("/dashboard/tenants/new");
        var page = ada.post(
                "/dashboard/tenants",
                Map.of(
                        "name",
                        " ",
                        "defaultStrategy",
                        "magic",
                        "allowedOrigins",
                        "ftp://shop.test",
                        "retentionDays",
                        "3"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Give the tenant a name")
                .contains("Choose one of the strategies.")
                .contains("&#39;ftp://shop.test&#39; is not an origin")
                .contains("id=\"retentionDays-error\"")
                .contains("between 7 and 730");
        String id = createTenant(ada, "Shop");
        ada.get("/dashboard/tenants/" + id + "/settings");
        var bad = ada.post(
                "/dashboard/tenants/" + id + "/settings",
                Map.of("name", "Shop", "defaultStrategy", "popular", "retentionDays", "many"));
        assertThat(bad.body()).contains("id=\"retentionDays-error\"");
        assertThat(jdbc.queryForObject("SELECT default_strategy FROM tenants WHERE id = ?::uuid", String.class, id))
                .isEqualTo("collaborative");
    }

    @Test
    void savesSettingsAndRedirectsBackWithANotice() {
        Browser ada = signedUp();
        String id = createTenant(ada, "Shop");
        ada.get("/dashboard/tenants/" + id + "/settings");
        var page = ada.submit(
                "/dashboard/tenants/" + id + "/settings",
                Map.of(
                        "name",
                        "Renamed shop",
                        "defaultStrategy",
                        "popular",
                        "allowedOrigins",
                        "https://renamed.test",
                        "retentionDays",
                        "30"));
        assertThat(page.body()).contains("Settings saved.").contains("Renamed shop");
        assertThat(jdbc.queryForObject(
                        "SELECT default_strategy || ' ' || retention_days || ' ' || allowed_origins[1] "
                                + "FROM tenants WHERE id = ?::uuid",
                        String.class,
                        id))
                .isEqualTo("popular 30 https://renamed.test");
    }

    @Test
    void suspendsAndActivatesAfterAConfirmationPage() {
        Browser ada = signedUp();
        String id = createTenant(ada, "Shop");
        String confirm = ada.get("/dashboard/tenants/" + id + "/suspend").body();
        assertThat(confirm).contains("Suspend Shop?").contains("403");
        var suspended = ada.submit("/dashboard/tenants/" + id + "/suspend", Map.of());
        assertThat(suspended.body()).contains("Tenant suspended").contains("status-suspended");
        ada.get("/dashboard/tenants/" + id + "/activate");
        var active = ada.submit("/dashboard/tenants/" + id + "/activate", Map.of());
        assertThat(active.body()).contains("Tenant active again").contains("status-active");
        ada.get("/dashboard/tenants/" + id + "/activate");
        var twice = ada.submit("/dashboard/tenants/" + id + "/activate", Map.of());
        assertThat(twice.body()).contains("Cannot activate a tenant that is active.");
    }

    @Test
    void deletesOnlyWhenTheNameIsTyped() {
        Browser ada = signedUp();
        String id = createTenant(ada, "Doomed shop");
        ada.get("/dashboard/tenants/" + id + "/delete");
        var wrong = ada.post("/dashboard/tenants/" + id + "/delete", Map.of("confirmName", "doomed"));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("Type the tenant&#39;s name exactly");
        var deleted = ada.submit("/dashboard/tenants/" + id + "/delete", Map.of("confirmName", "Doomed shop"));
        assertThat(deleted.body()).contains("Tenant &#39;Doomed shop&#39; deleted.");
        assertThat(ada.get("/dashboard/tenants/" + id).status()).isEqualTo(404);
    }
}
