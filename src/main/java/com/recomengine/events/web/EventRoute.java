package com.recomengine.events.web;

import com.recomengine.events.internal.InteractionIngestion;
import com.recomengine.platform.FastRoute;
import com.recomengine.shared.security.ApiKeyPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code POST /api/v1/events} on the platform's fast path: one event is the most frequent call of all, and the
 * security chain and MVC dispatch cost more than validating it. A JSON object goes straight to the same ingestion
 * as the controller's; anything else (another content type, a body that is not a JSON object) is declined, so the
 * controller answers it with the usual problem document. Rejections of the event itself are problems thrown by
 * the ingestion, answered by the platform as the controller's would be.
 */
@Component
class EventRoute implements FastRoute {

    private static final String PATH = "/api/v1/events";

    private final InteractionIngestion ingestion;
    private final ObjectMapper json;
    private final Map<String, byte[]> replies;

    EventRoute(InteractionIngestion ingestion, ObjectMapper json) {
        this.ingestion = ingestion;
        this.json = json;
        this.replies = Map.of("accepted", reply("accepted"), "duplicate", reply("duplicate"),
                "spooled", reply("spooled"));
    }

    @Override
    public boolean matches(String method, String path) {
        return "POST".equals(method) && PATH.equals(path);
    }

    @Override
    public String pathPattern() {
        return PATH;
    }

    @Override
    public boolean serve(ApiKeyPrincipal key, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!json(request.getContentType())) {
            return false;
        }
        JsonNode event;
        try {
            event = json.readTree(request.getInputStream());
        } catch (JacksonException e) {
            return false;
        }
        if (event == null || !event.isObject()) {
            return false;
        }
        String outcome = ingestion.ingestOne(key.tenantId(), event);
        byte[] body = replies.get(outcome);
        response.setStatus(InteractionController.status(outcome).value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        return true;
    }

    private byte[] reply(String outcome) {
        return json.writeValueAsBytes(InteractionController.reply(outcome));
    }

    /** {@code application/json}, in UTF-8; other JSON types and charsets are left to the controller's converter. */
    static boolean json(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT).replace(" ", "");
        return type.equals("application/json") || type.startsWith("application/json;")
                && (!type.contains("charset=") || type.contains("charset=utf-8"));
    }
}
