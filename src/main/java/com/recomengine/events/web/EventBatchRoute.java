package com.recomengine.events.web;

import com.recomengine.events.internal.InteractionIngestion;
import com.recomengine.events.internal.InteractionIngestion.BatchReply;
import com.recomengine.shared.security.ApiKeyPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code POST /api/v1/events/batch} on the platform's fast path, for bodies the platform keeps in memory (up to
 * its fast-path size): exactly {@code {"events": [...]}} goes to the same ingestion as the controller's, with the
 * same {@code Idempotency-Key} handling; any other shape (unknown fields, no array) is the controller's to answer.
 */
@Component
class EventBatchRoute extends JsonPostRoute {

    private final InteractionIngestion ingestion;

    EventBatchRoute(InteractionIngestion ingestion, ObjectMapper json) {
        super("/api/v1/events/batch", json);
        this.ingestion = ingestion;
    }

    @Override
    public boolean serve(ApiKeyPrincipal key, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        JsonNode body = object(request);
        if (body == null || body.size() != 1 || !body.path("events").isArray()) {
            return false;
        }
        List<@Nullable JsonNode> events = new ArrayList<>(body.get("events").size());
        body.get("events").forEach(events::add);
        BatchReply reply = ingestion.ingestBatch(key.tenantId(), events, request.getHeader("Idempotency-Key"));
        response.setHeader("Idempotent-Replayed", Boolean.toString(reply.replayed()));
        write(response, InteractionController.batchStatus(reply), json.writeValueAsBytes(reply.outcome()));
        return true;
    }
}
