package com.recomengine.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.shared.TenantId;
import com.recomengine.support.Api;
import com.recomengine.support.HttpTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the events tests share: a tenant with a key, events to send, and counting what got stored. */
@Import(RecordedInteractions.Config.class)
public abstract class EventsHttpTest extends HttpTest {

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected RecordedInteractions recorded;

    protected record Shop(TenantId tenant, String key, Admin admin) {}

    protected Shop shop() {
        Admin admin = signUpAndLogIn();
        String tenantId = createTenant(admin);
        return new Shop(TenantId.of(tenantId), issueKey(admin, tenantId, "secret", "read-write"), admin);
    }

    protected static Map<String, Object> view(String userId, String productId) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", UUID.randomUUID().toString());
        event.put("eventType", "view");
        event.put("userId", userId);
        event.put("productId", productId);
        event.put("timestamp", Instant.now().minusSeconds(5).toString());
        return event;
    }

    protected static List<Map<String, Object>> views(int count) {
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(view("u-" + i, "p-" + i));
        }
        return events;
    }

    protected Api.Response sendBatch(Shop shop, List<?> events) {
        return api.post("/api/v1/events/batch", Map.of("events", events))
                .key(shop.key())
                .send();
    }

    protected long stored(Shop shop) {
        Long count = jdbc.queryForObject(
                "SELECT count(*) FROM events WHERE tenant_id = ?",
                Long.class,
                shop.tenant().value());
        return count == null ? 0 : count;
    }

    protected static void assertCounts(Api.Response response, int accepted, int duplicates, int rejected) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("accepted").asInt()).as(response.body()).isEqualTo(accepted);
        assertThat(response.json().get("duplicates").asInt())
                .as(response.body())
                .isEqualTo(duplicates);
        assertThat(response.json().get("rejected").asInt()).as(response.body()).isEqualTo(rejected);
    }
}
