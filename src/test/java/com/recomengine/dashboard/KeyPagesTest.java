package com.recomengine.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class KeyPagesTest extends DashboardTest {

    private static final Pattern PUBLISHABLE = Pattern.compile("<code id=\"new-key\">(rk_pub_[A-Za-z0-9_-]+)</code>");
    private static final Pattern SECRET = Pattern.compile("<code id=\"new-key\">(rk_live_[A-Za-z0-9_-]+)</code>");

    @Test
    void showsANewPublishableKeyOnceWithItsScriptSnippet() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Shop");
        String keys = "/dashboard/tenants/" + tenant + "/keys";
        ada.get(keys);
        var page = ada.submit(keys, Map.of("name", "Storefront", "type", "publishable"));
        Matcher key = PUBLISHABLE.matcher(page.body());
        assertThat(key.find()).as(page.body()).isTrue();
        assertThat(page.body())
                .contains("Copy it now")
                .contains("/sdk/v1/recomengine.js&quot; data-api-key=&quot;" + key.group(1) + "&quot; async&gt;")
                .contains("there are none yet");
        assertThat(api.get("/api/v1/key").key(key.group(1)).send().status()).isEqualTo(200);

        String again = ada.open(keys).body();
        assertThat(again)
                .doesNotContain(key.group(1))
                .contains(key.group(1).substring(0, 11) + "…")
                .contains("Storefront");
    }

    @Test
    void issuesSecretKeysWithTheirPermissionAndRecordsTheirUse() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Shop");
        String keys = "/dashboard/tenants/" + tenant + "/keys";
        ada.get(keys);
        var page = ada.submit(keys, Map.of("name", "Server", "type", "secret", "permissions", "read-write"));
        Matcher key = SECRET.matcher(page.body());
        assertThat(key.find()).as(page.body()).isTrue();
        assertThat(page.body()).contains("Never put them in a web page").doesNotContain("new-snippet");
        assertThat(ada.open(keys).body()).contains("read-write").contains("never");

        assertThat(api.get("/api/v1/key").key(key.group(1)).send().status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(ada.open(keys).body()).contains("just now"));
    }

    @Test
    void reportsBadKeyFormsNextToTheirFields() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Shop");
        String keys = "/dashboard/tenants/" + tenant + "/keys";
        ada.get(keys);
        var page = ada.post(keys, Map.of("name", "", "type", "secret", "permissions", "admin"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"name-error\"").contains("Choose read or read-write.");
    }

    @Test
    void revokesAKeyAfterConfirmationAndTheApiRefusesIt() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Shop");
        String keys = "/dashboard/tenants/" + tenant + "/keys";
        ada.get(keys);
        Matcher key =
                SECRET.matcher(ada.submit(keys, Map.of("name", "Old server", "type", "secret", "permissions", "read"))
                        .body());
        assertThat(key.find()).isTrue();
        Matcher revokeLink = Pattern.compile("href=\"(/dashboard/tenants/[^\"]+/revoke)\"")
                .matcher(ada.open(keys).body());
        assertThat(revokeLink.find()).isTrue();
        assertThat(ada.get(revokeLink.group(1)).body()).contains("Revoke Old server?");
        var done = ada.submit(revokeLink.group(1), Map.of());
        assertThat(done.body()).contains("revoked: every instance refuses it").contains("Show 1 revoked");
        await().atMost(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(
                                api.get("/api/v1/key").key(key.group(1)).send().status())
                        .isEqualTo(401));
        assertThat(ada.open(keys + "?revoked=true").body()).contains("status-revoked");
    }

    @Test
    void anotherAdminCannotSeeOrRevokeTheKeys() {
        Browser ada = signedUp();
        String tenant = createTenant(ada, "Shop");
        String keys = "/dashboard/tenants/" + tenant + "/keys";
        ada.get(keys);
        ada.submit(keys, Map.of("name", "Server", "type", "secret", "permissions", "read"));
        Matcher revokeLink = Pattern.compile("href=\"(/dashboard/tenants/[^\"]+/revoke)\"")
                .matcher(ada.open(keys).body());
        assertThat(revokeLink.find()).isTrue();

        Browser bob = signedUp();
        assertThat(bob.get(keys).status()).isEqualTo(404);
        bob.get("/dashboard/tenants");
        assertThat(bob.post(revokeLink.group(1), Map.of()).status()).isEqualTo(404);
        assertThat(ada.open(keys).body()).doesNotContain("status-revoked");
    }
}
