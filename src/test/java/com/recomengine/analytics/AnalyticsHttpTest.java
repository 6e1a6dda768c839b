package com.recomengine.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.support.Api;
import com.recomengine.support.HttpTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the analytics tests share: a shop that may send many events, events to send, and the admin API. */
public abstract class AnalyticsHttpTest extends HttpTest {

    @Autowired
    protected JdbcTemplate jdbc;

    public record Shop(Admin admin, String tenantId, String key) {

        public String base() {
            return "/api/v1/tenants/" + tenantId + "/analytics";
        }
    }

    protected Shop shop() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(
                admin,
                Map.of(
                        "name",
                        "Analytics " + UUID.randomUUID().toString().substring(0, 8),
                        "writesPerMinute",
                        1_000_000,
                        "readsPerMinute",
                        1_000_000));
        return new Shop(admin, tenant, issueKey(admin, tenant, "secret", "read-write"));
    }

    protected static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** An event with an id; {@code metadata} may be null. */
    protected static Map<String, Object> event(
            String type, String user, @Nullable String product, Instant at, @Nullable Map<String, Object> metadata) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", UUID.randomUUID().toString());
        event.put("eventType", type);
        event.put("userId", user);
        if (product != null) {
            event.put("productId", product);
        }
        event.put("timestamp", at.toString());
        if (metadata != null) {
            event.put("metadata", metadata);
        }
        return event;
    }

    /** Sends the events in batches of 1000 and checks that every one was stored. */
    protected void send(Shop shop, List<Map<String, Object>> events) {
        for (int from = 0; from < events.size(); from += 1000) {
            List<Map<String, Object>> batch = events.subList(from, Math.min(events.size(), from + 1000));
            Api.Response response = api.post("/api/v1/events/batch", Map.of("events", batch))
                    .key(shop.key())
                    .send();
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.json().get("accepted").asInt())
                    .as(response.body())
                    .isEqualTo(batch.size());
        }
    }

    protected Api.Response get(Shop shop, String pathAndQuery) {
        return api.get(shop.base() + pathAndQuery)
                .bearer(shop.admin().accessToken())
                .send();
    }

    protected Api.Response recompute(Shop shop, LocalDate from, LocalDate to) {
        Api.Response response = api.post(shop.base() + "/recompute?from=" + from + "&to=" + to)
                .bearer(shop.admin().accessToken())
                .send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }
}
