package com.recomengine.demo.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tries the printed keys as a newcomer would, once the demo data is in: the secret key from a server ({@code GET
 * /api/v1/key}), the publishable key from a page on another local port ({@code GET /api/v1/recommendations} with
 * an {@code Origin} of 127.0.0.1). A failure is logged with the answer, so a broken demo says so; a success leaves
 * both keys "last used" for the integration health page.
 */
@Component
class DemoKeyChecks {

    private static final Logger log = LoggerFactory.getLogger(DemoKeyChecks.class);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    void check(DemoCredentials credentials, String baseUrl) {
        call(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/key"))
                .header("X-API-Key", credentials.secretKey())
                .build());
        call(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/recommendations?userId=demo-check&limit=4"))
                .header("X-API-Key", credentials.publishableKey())
                .header("Origin", "http://127.0.0.1:5500")
                .build());
    }

    private void call(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                log.warn(
                        "The demo key check {} answered {}: {}", request.uri(), response.statusCode(), response.body());
            }
        } catch (IOException e) {
            log.warn("The demo key check {} failed: {}", request.uri(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
