package com.recomengine.demo.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.recomengine.shared.TenantId;
import com.recomengine.tenants.Tenants;
import com.recomengine.widgets.WidgetHttpTest;
import com.recomengine.widgets.Widgets;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.TaskScheduler;
import tools.jackson.databind.JsonNode;

/**
 * The demo store as a newcomer sees it: a shop page that embeds the SDK with the demo tenant's publishable key and
 * marks its placements, and the demo tenant's widgets made on start-up. The demo seeder is off in tests, so each
 * test writes the credentials file it would have written, for a tenant of its own.
 */
class DemoStoreTest extends WidgetHttpTest {

    private static final Pattern SDK_TAG =
            Pattern.compile("<script src=\"/sdk/v1/recomengine\\.js\" data-api-key=\"(rk_pub_[^\"]+)\"[^>]*></script>");

    @Autowired
    Environment environment;

    @Autowired
    DemoTenant demoTenant;

    @Autowired
    Tenants tenants;

    @Autowired
    Widgets widgets;

    @Autowired
    TaskScheduler scheduler;

    @AfterEach
    void forgetTheDemo() throws IOException {
        Files.deleteIfExists(credentialsFile());
    }

    @Test
    void theStorePageEmbedsTheSdkAsAMerchantWould() throws Exception {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        String publishable = issueKey(admin, tenant, "publishable", null);
        writeCredentials(tenant, publishable);
        awaitTheStoreOf(publishable);

        var page = api.get("/demo/store").send();
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        var tag = SDK_TAG.matcher(page.body());
        assertThat(tag.find()).as(page.body()).isTrue();
        assertThat(tag.group(1)).isEqualTo(publishable);
        assertThat(page.body()).contains("data-recomengine-placement=\"home_top\"");
        assertThat(page.body()).contains("https://doi.org/10.24432/C5BW33").contains("CC BY 4.0");
        assertThat(api.get("/sdk/v1/recomengine.js").send().status()).isEqualTo(200);

        var missing = api.get("/demo/store/product/no-such-product").send();
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("not in the demo catalog").contains(publishable);
        assertThat(missing.body()).doesNotContain("data-recomengine-placement=\"product_detail\"");
    }

    @Test
    void theShopShowsTheCatalogAndAProductPageMarksItsPlacementsWithTheProduct() throws Exception {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        String publishable = issueKey(admin, tenant, "publishable", null);
        writeCredentials(tenant, publishable);
        String server = issueKey(admin, tenant, "secret", "read-write");
        var added = api.post(
                        "/api/v1/catalog/products",
                        java.util.Map.of(
                                "productId",
                                "85123A",
                                "name",
                                "WHITE HANGING HEART T-LIGHT HOLDER",
                                "category",
                                "Candles & Lighting",
                                "price",
                                2.95,
                                "currency",
                                "GBP"))
                .key(server)
                .send();
        assertThat(added.status()).as(added.body()).isIn(200, 201);
        awaitTheStoreOf(publishable);

        var store = api.get("/demo/store").send();
        assertThat(store.body())
                .contains("WHITE HANGING HEART T-LIGHT HOLDER")
                .contains("/demo/store/product/85123A")
                .doesNotContain("The demo catalog is not loaded yet");
        var page = api.get("/demo/store/product/85123A").send();
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("data-recomengine-placement=\"product_detail\" data-product-id=\"85123A\"")
                .contains("£2.95")
                .contains("id=\"basket-recs\" data-product-id=\"85123A\"")
                .contains("Candles &amp; Lighting");
    }

    @Test
    void anEmptyCatalogSaysSo() throws Exception {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        String publishable = issueKey(admin, tenant, "publishable", null);
        writeCredentials(tenant, publishable);
        awaitTheStoreOf(publishable);
        assertThat(api.get("/demo/store").send().body()).contains("The demo catalog is not loaded yet");
    }

    @Test
    void withoutADemoTenantTheStoreSaysSoAndLoadsNoSdk() throws Exception {
        Files.deleteIfExists(credentialsFile());
        awaitTheStoreWithoutADemoTenant();
        var page = api.get("/demo/store").send();
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("The demo tenant is not set up").doesNotContain("/sdk/v1/recomengine.js\"");
    }

    @Test
    void startUpGivesTheDemoTenantItsWidgetsWithoutOverwritingChanges() throws Exception {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        writeCredentials(tenant, issueKey(admin, tenant, "publishable", null));
        DemoWidgets demoWidgets = new DemoWidgets(demoTenant, tenants, widgets, scheduler, environment);

        demoWidgets.ensure(1);
        JsonNode list = api.get(widgets(tenant))
                .bearer(admin.accessToken())
                .send()
                .json()
                .get("data");
        assertThat(list.valueStream()
                        .map(w -> w.get("placementId").asString() + ":"
                                + w.get("layout").asString()))
                .containsExactly("cart:list", "home_top:grid", "product_detail:carousel");

        api.put(widgets(tenant) + "/home_top", java.util.Map.of("layout", "list"))
                .bearer(admin.accessToken())
                .send();
        demoWidgets.ensure(1);
        assertThat(widgets.find(TenantId.of(tenant), "home_top")
                        .orElseThrow()
                        .layout()
                        .wireName())
                .isEqualTo("list");
        assertThat(api.get(widgets(tenant))
                        .bearer(admin.accessToken())
                        .send()
                        .json()
                        .get("data")
                        .size())
                .isEqualTo(3);

        String key = issueKey(admin, tenant, "publishable", null);
        var render = api.get("/api/v1/widgets/product_detail/render?productId=85123A")
                .key(key)
                .send();
        assertThat(render.status()).isEqualTo(200);
        assertThat(render.json().get("root").get("children").get(3).get("url").asString())
                .as("absolute, so that a card on another origin leads to the demo store")
                .startsWith("http://localhost:")
                .endsWith("/demo/store/product/sku-4");
        assertThat(render.json().get("root").get("style").get("tokens").has("font"))
                .as("the page's font")
                .isFalse();
    }

    /** The page reads the credentials at most every two seconds: until then it may show an earlier demo tenant. */
    private void awaitTheStoreOf(String publishableKey) {
        await("the store page to read the credentials of " + publishableKey)
                .dontCatchUncaughtExceptions()
                .atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("/demo/store").send().body().contains("data-api-key=\"" + publishableKey + "\""));
    }

    private void awaitTheStoreWithoutADemoTenant() {
        await("the store page to read that there are no credentials")
                .dontCatchUncaughtExceptions()
                .atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("/demo/store").send().body().contains("The demo tenant is not set up"));
    }

    private Path credentialsFile() {
        return Path.of(environment.getProperty("recomengine.platform.data-dir", "./.data"))
                .resolve("demo.properties");
    }

    private void writeCredentials(String tenant, String publishableKey) throws IOException {
        Properties p = new Properties();
        p.setProperty("email", "demo@recomengine.local");
        p.setProperty("password", "not-used-here");
        p.setProperty("tenantId", tenant);
        p.setProperty("secretKey", "rk_live_not-used-here");
        p.setProperty("publishableKey", publishableKey);
        Files.createDirectories(credentialsFile().getParent());
        try (Writer writer = Files.newBufferedWriter(credentialsFile())) {
            p.store(writer, "written by DemoStoreTest");
        }
    }
}
