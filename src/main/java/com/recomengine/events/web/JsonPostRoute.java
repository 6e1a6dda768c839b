package com.recomengine.events.web;

import com.recomengine.platform.FastRoute;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A {@code POST} of a JSON object on the platform's fast path. Only what the controller would read the same way is
 * taken: {@code application/json} in UTF-8 whose body parses to a JSON object; anything else is declined and the
 * controller answers it, with the body intact, with the usual problem documents.
 */
@RequiredArgsConstructor
abstract class JsonPostRoute implements FastRoute {

    private final String path;
    protected final ObjectMapper json;

    @Override
    public boolean matches(String method, String path) {
        return "POST".equals(method) && this.path.equals(path);
    }

    @Override
    public String pathPattern() {
        return path;
    }

    /** The body as a JSON object, or null when the request is the controller's to answer. */
    protected @Nullable JsonNode object(HttpServletRequest request) throws IOException {
        if (!json(request.getContentType())) {
            return null;
        }
        try {
            JsonNode body = json.readTree(request.getInputStream());
            return body != null && body.isObject() ? body : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    protected static void write(HttpServletResponse response, HttpStatus status, byte[] body) throws IOException {
        FastRoute.writeJson(response, status.value(), body);
    }

    /** {@code application/json}, in UTF-8; other JSON types and charsets are left to the controller's converter. */
    static boolean json(@Nullable String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT).replace(" ", "");
        return type.equals("application/json")
                || type.startsWith("application/json;")
                        && (!type.contains("charset=") || type.contains("charset=utf-8"));
    }
}
