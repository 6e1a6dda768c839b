package com.recomengine.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small real-HTTP client for whole-flow tests: requests go through Tomcat and every filter. */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    public record Response(int status, Map<String, String> headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }

        public String contentType() {
            String type = header("content-type");
            return type == null ? "" : type;
        }
    }

    public Request get(String path) {
        return new Request("GET", path, null);
    }

    public Request post(String path, Object body) {
        return new Request("POST", path, body instanceof String s ? s : JSON.writeValueAsString(body));
    }

    public Request post(String path) {
        return new Request("POST", path, "");
    }

    public Request patch(String path, Object body) {
        return new Request("PATCH", path, body instanceof String s ? s : JSON.writeValueAsString(body));
    }

    public Request put(String path, Object body) {
        return new Request("PUT", path, body instanceof String s ? s : JSON.writeValueAsString(body));
    }

    public Request delete(String path) {
        return new Request("DELETE", path, null);
    }

    public Request options(String path) {
        return new Request("OPTIONS", path, null);
    }

    public final class Request {
        private final String method;
        private final String path;
        private final String body;
        private final Map<String, String> headers = new LinkedHashMap<>();

        Request(String method, String path, String body) {
            this.method = method;
            this.path = path;
            this.body = body;
        }

        public Request header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Request bearer(String token) {
            return header("Authorization", "Bearer " + token);
        }

        /** The key; a publishable one is sent as a page of our own origin would (unless the test sets Origin). */
        public Request key(String key) {
            if (key.startsWith("rk_pub_")) {
                headers.putIfAbsent("Origin", base);
            }
            return header("X-API-Key", key);
        }

        public Response send() {
            HttpRequest.Builder builder =
                    HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
            if (body != null) {
                builder.header("Content-Type", "application/json");
            }
            headers.forEach(builder::header);
            builder.method(
                    method,
                    body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            try {
                HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
                Map<String, String> flat = new LinkedHashMap<>();
                response.headers().map().forEach((k, v) -> flat.put(k.toLowerCase(), String.join(",", v)));
                return new Response(response.statusCode(), flat, response.body());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
