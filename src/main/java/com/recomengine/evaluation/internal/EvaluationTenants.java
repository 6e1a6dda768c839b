package com.recomengine.evaluation.internal;

import com.recomengine.shared.TenantId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The evaluation's tenant, made as a merchant makes one: through this instance's HTTP API. */
@Component
@ConditionalOnBooleanProperty("recomengine.evaluation.run")
@RequiredArgsConstructor
class EvaluationTenants {

    private final ObjectMapper json;
    private final Environment environment;

    /** A new admin and tenant through the HTTP API: 730 days of retention, limits out of the way. */
    TenantId fresh() throws Exception {
        String base = "http://127.0.0.1:" + environment.getProperty("local.server.port", "8080");
        HttpClient http = HttpClient.newHttpClient();
        String email = "eval-" + UUID.randomUUID() + "@recomengine.local";
        String password = "eval-" + UUID.randomUUID();
        post(
                http,
                base + "/api/v1/auth/signup",
                null,
                Map.of("email", email, "password", password, "name", "Offline evaluation"));
        String token = post(http, base + "/api/v1/auth/login", null, Map.of("email", email, "password", password))
                .get("accessToken")
                .asString();
        JsonNode tenant = post(
                http,
                base + "/api/v1/tenants",
                token,
                Map.of(
                        "name",
                        "Offline evaluation",
                        "retentionDays",
                        730,
                        "readsPerMinute",
                        1_000_000,
                        "writesPerMinute",
                        1_000_000));
        return TenantId.of(tenant.get("id").asString());
    }

    private JsonNode post(HttpClient http, String url, @Nullable String token, Map<String, Object> body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
    }
}
