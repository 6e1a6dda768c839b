package com.recomengine.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.support.Api;
import com.recomengine.support.HttpTest;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Shops opened through one instance's public API by one admin: a tenant, its write key, its catalog and history. */
final class Shops {

    private Api api;
    private final Map<UUID, String> writeKeys = new HashMap<>();
    private String token;

    Shops(Api api) {
        this.api = api;
    }

    /** Goes on through this instance's API (the admin's token is valid on every instance). */
    Shops via(Instance instance) {
        this.api = instance.api;
        return this;
    }

    UUID open(List<Map<String, Object>> catalog, List<Map<String, Object>> history) {
        String admin = admin();
        var created = api.post(
                        "/api/v1/tenants",
                        Map.of("name", "Shop " + UUID.randomUUID().toString().substring(0, 8)))
                .bearer(admin)
                .send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        UUID tenant = UUID.fromString(created.json().get("id").asString());
        var key = api.post(
                        "/api/v1/tenants/" + tenant + "/api-keys",
                        Map.of("name", "backend", "type", "secret", "permissions", "read-write"))
                .bearer(admin)
                .send();
        assertThat(key.status()).as(key.body()).isEqualTo(201);
        writeKeys.put(tenant, key.json().get("key").asString());
        var products = api.post("/api/v1/catalog/products/batch", Map.of("products", catalog))
                .key(writeKeys.get(tenant))
                .send();
        assertThat(products.status()).as(products.body()).isEqualTo(200);
        sendEvents(tenant, history);
        return tenant;
    }

    void sendEvents(UUID tenant, List<Map<String, Object>> events) {
        var sent = api.post("/api/v1/events/batch", Map.of("events", events))
                .key(writeKeys.get(tenant))
                .send();
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    }

    Api.Response rebuild(Api on, UUID tenant) {
        return on.post("/api/v1/tenants/" + tenant + "/recommendations/rebuild")
                .bearer(admin())
                .send();
    }

    static Map<String, Object> view(String user, String product, Instant at) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", UUID.randomUUID().toString());
        event.put("eventType", "view");
        event.put("userId", user);
        event.put("productId", product);
        event.put("timestamp", at.toString());
        return event;
    }

    private String admin() {
        if (token == null) {
            String email = "scaleout-" + UUID.randomUUID() + "@shop.test";
            var signup = api.post(
                            "/api/v1/auth/signup", Map.of("email", email, "password", HttpTest.PASSWORD, "name", "Ada"))
                    .send();
            assertThat(signup.status()).as(signup.body()).isEqualTo(201);
            var login = api.post("/api/v1/auth/login", Map.of("email", email, "password", HttpTest.PASSWORD))
                    .send();
            assertThat(login.status()).as(login.body()).isEqualTo(200);
            token = login.json().get("accessToken").asString();
        }
        return token;
    }
}
