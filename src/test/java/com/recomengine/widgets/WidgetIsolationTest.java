package com.recomengine.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.support.Api;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Another admin's widgets, and another tenant's, are indistinguishable from ones that do not exist. */
class WidgetIsolationTest extends WidgetHttpTest {

    @Test
    void anotherAdminGetsNotFoundOnEveryWidgetEndpointAndChangesNothing() {
        Admin owner = signUpAndLogIn();
        Admin stranger = signUpAndLogIn();
        String tenant = createTenant(owner);
        createWidget(owner, tenant, Map.of("placementId", "home_top", "title", "Ours"));
        String base = widgets(tenant);
        String one = base + "/home_top";

        List<Function<Api, Api.Request>> calls = List.of(
                a -> a.get(base),
                a -> a.post(base, Map.of("placementId", "cart")),
                a -> a.get(one),
                a -> a.put(one, Map.of("title", "Taken over")),
                a -> a.put(base + "/cart", Map.of("title", "Planted")),
                a -> a.delete(one),
                a -> a.get(one + "/preview"));
        for (var call : calls) {
            assertProblem(call.apply(api).bearer(stranger.accessToken()).send(), 404);
        }

        // The stranger's own tenant does not open the owner's widget either.
        String strangersTenant = createTenant(stranger);
        assertProblem(
                api.get(widgets(strangersTenant) + "/home_top")
                        .bearer(stranger.accessToken())
                        .send(),
                404);

        var untouched = api.get(one).bearer(owner.accessToken()).send().json();
        assertThat(untouched.get("title").asString()).isEqualTo("Ours");
        assertThat(api.get(base)
                        .bearer(owner.accessToken())
                        .send()
                        .json()
                        .get("data")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void aKeyOfAnotherTenantNeverReadsTheWidget() {
        Admin owner = signUpAndLogIn();
        String tenantA = createTenant(owner);
        createWidget(owner, tenantA, Map.of("placementId", "home_top", "title", "Tenant A"));
        Admin other = signUpAndLogIn();
        String tenantB = createTenant(other);
        String keyOfB = issueKey(other, tenantB, "publishable", null);

        assertProblem(api.get("/api/v1/widgets/home_top").key(keyOfB).send(), 404);
        var defaultOfB = api.get("/api/v1/widgets/home_top/render").key(keyOfB).send();
        assertThat(defaultOfB.status()).as(defaultOfB.body()).isEqualTo(200);
        assertThat(defaultOfB.json().get("root").get("title").isNull())
                .as("B's default widget, not A's")
                .isTrue();

        // Once B has its own widget on the same placement, B's key reads B's, never A's.
        createWidget(other, tenantB, Map.of("placementId", "home_top", "title", "Tenant B"));
        assertThat(api.get("/api/v1/widgets/home_top")
                        .key(keyOfB)
                        .send()
                        .json()
                        .get("title")
                        .asString())
                .isEqualTo("Tenant B");
        assertThat(api.get("/api/v1/widgets/home_top/render")
                        .key(keyOfB)
                        .send()
                        .json()
                        .get("root")
                        .get("title")
                        .asString())
                .isEqualTo("Tenant B");
    }

    @Test
    void aSecondTenantOfTheSameAdminHasItsOwnWidgets() {
        Admin admin = signUpAndLogIn();
        String first = createTenant(admin);
        String second = createTenant(admin);
        createWidget(admin, first, "home_top");
        assertProblem(
                api.get(widgets(second) + "/home_top")
                        .bearer(admin.accessToken())
                        .send(),
                404);
        assertThat(api.get(widgets(second))
                        .bearer(admin.accessToken())
                        .send()
                        .json()
                        .get("data")
                        .size())
                .isZero();
    }

    @Test
    void publishableSecretAndReadKeysReadWidgetsButNotTheAdminApi() {
        Admin owner = signUpAndLogIn();
        String tenant = createTenant(owner);
        createWidget(owner, tenant, "home_top");
        for (String key : List.of(
                issueKey(owner, tenant, "publishable", null),
                issueKey(owner, tenant, "secret", "read"),
                issueKey(owner, tenant, "secret", "read-write"))) {
            assertThat(api.get("/api/v1/widgets/home_top").key(key).send().status())
                    .isEqualTo(200);
            assertThat(api.get("/api/v1/widgets/home_top/render")
                            .key(key)
                            .send()
                            .status())
                    .isEqualTo(200);
            assertProblem(api.get(widgets(tenant)).key(key).send(), 403);
        }
        assertProblem(api.get("/api/v1/widgets/home_top").send(), 401);
        assertProblem(
                api.get("/api/v1/widgets/home_top").bearer(owner.accessToken()).send(), 403);
    }
}
