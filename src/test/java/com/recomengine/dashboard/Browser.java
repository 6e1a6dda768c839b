package com.recomengine.dashboard;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A cookie-keeping HTTP client that behaves like a browser posting forms: it reads the CSRF token from the last
 * page it loaded and sends it with each form, and follows redirects only when asked. Given several ports (instances
 * of the application), it sends each request to the next one in turn, as a plain round-robin balancer would.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http;
    private final List<String> bases;
    private final AtomicInteger next = new AtomicInteger();
    private String csrf = "";

    public Browser(int... ports) {
        this.bases =
                IntStream.of(ports).mapToObj(port -> "http://localhost:" + port).toList();
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public record Page(int status, String location, String body, Map<String, String> headers) {

        public boolean redirectsTo(String path) {
            return status == 302 && location.endsWith(path);
        }

        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(), "");
        }
    }

    public Page get(String path) {
        Page page = send(HttpRequest.newBuilder(URI.create(base() + path)).GET());
        Matcher token = CSRF.matcher(page.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return page;
    }

    /** GET, then follow redirects within the site (as a browser after a post-redirect-get). */
    public Page open(String path) {
        Page page = get(path);
        for (int hops = 0; page.status() == 302 && hops < 5; hops++) {
            page = get(URI.create(page.location()).getPath() + query(page.location()));
        }
        return page;
    }

    /** Posts the form with the CSRF token of the last page loaded. */
    public Page post(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.putIfAbsent("_csrf", csrf);
        return postRaw(path, withToken);
    }

    public Page postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts, then follows the redirect like a browser and returns the page it lands on. */
    public Page submit(String path, Map<String, String> fields) {
        Page answer = post(path, fields);
        return answer.status() == 302
                ? open(URI.create(answer.location()).getPath() + query(answer.location()))
                : answer;
    }

    /** Opens a server-sent event stream with the session's cookies; {@code lastEventId} as a reconnect sends it. */
    public EventStream stream(String path, String lastEventId) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return new EventStream(http, request.GET().build());
    }

    /** The port of the instance the next request goes to. */
    public int nextPort() {
        return URI.create(bases.get(Math.floorMod(next.get(), bases.size()))).getPort();
    }

    /** The instance the next request goes to. */
    private String base() {
        return bases.get(Math.floorMod(next.getAndIncrement(), bases.size()));
    }

    private static String query(String location) {
        String query = URI.create(location).getRawQuery();
        return query == null ? "" : "?" + query;
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
            return new Page(
                    response.statusCode(),
                    response.headers().firstValue("location").orElse(""),
                    response.body(),
                    headers);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
