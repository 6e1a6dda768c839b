package com.recomengine.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.support.Api;
import com.recomengine.support.HttpTest;
import java.util.Map;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** Whole-flow tests of widgets, with the recommendation engine answering {@link KnownRecommendations}. */
@Import(KnownRecommendations.class)
public abstract class WidgetHttpTest extends HttpTest {

    protected static String widgets(String tenant) {
        return "/api/v1/tenants/" + tenant + "/widgets";
    }

    protected JsonNode createWidget(Admin admin, String tenant, Map<String, Object> body) {
        Api.Response created =
                api.post(widgets(tenant), body).bearer(admin.accessToken()).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    protected JsonNode createWidget(Admin admin, String tenant, String placementId) {
        return createWidget(admin, tenant, Map.of("placementId", placementId));
    }
}
