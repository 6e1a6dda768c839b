package com.recomengine.events.web;

import com.recomengine.events.internal.IngestionOutcome;
import com.recomengine.events.internal.InteractionIngestion;
import com.recomengine.shared.security.ApiKeyPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code POST /api/v1/events} on the platform's fast path: one event is the most frequent call of all, and the
 * security chain and MVC dispatch cost more than validating it. The event goes to the same ingestion as the
 * controller's; rejections of the event itself are problems thrown by the ingestion, answered by the platform as
 * the controller's would be.
 */
@Component
class EventRoute extends JsonPostRoute {

    private final InteractionIngestion ingestion;
    private final Map<IngestionOutcome.Status, byte[]> replies = new EnumMap<>(IngestionOutcome.Status.class);

    EventRoute(InteractionIngestion ingestion, ObjectMapper json) {
        super("/api/v1/events", json);
        this.ingestion = ingestion;
        for (IngestionOutcome.Status outcome : IngestionOutcome.Status.values()) {
            replies.put(outcome, reply(outcome));
        }
    }

    @Override
    public boolean serve(ApiKeyPrincipal key, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        JsonNode event = object(request);
        if (event == null) {
            return false;
        }
        IngestionOutcome.Status outcome = ingestion.ingestOne(key.tenantId(), event);
        write(response, InteractionController.status(outcome), replies.get(outcome));
        return true;
    }

    private byte[] reply(IngestionOutcome.Status outcome) {
        return json.writeValueAsBytes(InteractionController.reply(outcome));
    }
}
