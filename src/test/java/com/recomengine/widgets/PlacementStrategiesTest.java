package com.recomengine.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.recommendations.PlacementStrategies;
import com.recomengine.recommendations.Rotation;
import com.recomengine.shared.TenantId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The recommendation engine learns a placement's strategy from its widget, and of every change at once. */
class PlacementStrategiesTest extends WidgetHttpTest {

    @Autowired
    PlacementStrategies strategies;

    @Test
    void aPlacementAsksForItsWidgetsStrategy() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        TenantId id = TenantId.of(tenant);
        createWidget(admin, tenant, Map.of("placementId", "pdp", "strategy", "content_based"));
        createWidget(admin, tenant, "home_top");

        assertThat(strategies.strategyFor(id, "pdp")).contains("content_based");
        assertThat(strategies.strategyFor(id, "home_top"))
                .as("no strategy: the tenant's default applies")
                .isEmpty();
        assertThat(strategies.strategyFor(id, "nowhere")).isEmpty();

        api.put(widgets(tenant) + "/pdp", Map.of("strategy", "trending"))
                .bearer(admin.accessToken())
                .send();
        assertThat(strategies.strategyFor(id, "pdp")).contains("trending");
        assertThat(strategies.strategyFor(TenantId.of(createTenant(admin)), "pdp"))
                .isEmpty();
    }

    @Test
    void aPlacementAsksForItsWidgetsRotation() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        TenantId id = TenantId.of(tenant);
        createWidget(admin, tenant, Map.of("placementId", "home", "rotationHours", 36));
        createWidget(admin, tenant, "pdp");

        assertThat(strategies.rotation(id, "home")).contains(new Rotation(36, 0.5));
        assertThat(strategies.rotation(id, "pdp")).isEmpty();

        api.put(widgets(tenant) + "/home", Map.of("rotationHours", 2, "rotationStrength", 1))
                .bearer(admin.accessToken())
                .send();
        assertThat(strategies.rotation(id, "home")).contains(new Rotation(2, 1));
    }
}
