package com.recomengine.platform.internal.ops;

import com.recomengine.platform.internal.web.RouteSecurity;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;

/**
 * The response headers every client may rely on (SPEC §4b): {@code X-Request-ID} on every response, the
 * {@code RateLimit-*} trio on every answer to a key call, {@code Retry-After} on 429 and 503.
 */
final class HeaderRules {

    static final String REQUEST_ID = "X-Request-ID";
    static final String RETRY_AFTER = "Retry-After";
    private static final List<String> RATE_LIMIT = List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");

    private HeaderRules() {}

    /** Declares the headers, and adds them to the shared error responses (which must be declared already). */
    static void addTo(Components components) {
        components
                .addHeaders(REQUEST_ID, header("string", "the request's id: yours if you sent a sane one; in logs too"))
                .addHeaders(RATE_LIMIT.get(0), header("integer", "requests a minute this key may make this way"))
                .addHeaders(RATE_LIMIT.get(1), header("integer", "requests left in the current window"))
                .addHeaders(RATE_LIMIT.get(2), header("integer", "seconds until the window is full again"))
                .addHeaders(RETRY_AFTER, header("integer", "seconds to wait before retrying"));
        components.getResponses().forEach((name, response) -> {
            add(response, REQUEST_ID);
            if (name.equals("TooManyRequests")) {
                RATE_LIMIT.forEach(rateLimit -> add(response, rateLimit));
            }
            if (name.equals("TooManyRequests") || name.equals("Unavailable")) {
                add(response, RETRY_AFTER);
            }
        });
    }

    static void document(Operation operation, RouteSecurity security) {
        operation.getResponses().values().stream()
                .filter(response -> response.get$ref() == null)
                .forEach(response -> {
                    add(response, REQUEST_ID);
                    if (security == RouteSecurity.API_KEY) {
                        RATE_LIMIT.forEach(rateLimit -> add(response, rateLimit));
                    }
                });
    }

    private static void add(ApiResponse response, String header) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(header)) {
            response.addHeaderObject(header, new Header().$ref("#/components/headers/" + header));
        }
    }

    private static Header header(String type, String description) {
        return new Header().description(description).schema(ProblemSchemas.typed(type));
    }
}
