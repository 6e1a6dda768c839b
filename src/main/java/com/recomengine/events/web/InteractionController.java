package com.recomengine.events.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.recomengine.events.internal.IngestionOutcome;
import com.recomengine.events.internal.InteractionIngestion;
import com.recomengine.events.internal.InteractionIngestion.BatchReply;
import com.recomengine.shared.security.Authenticated;
import com.recomengine.shared.security.KeyRoute;
import com.recomengine.shared.security.KeyScope;
import com.recomengine.shared.web.BulkBody;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@KeyRoute(KeyScope.EVENTS_WRITE)
@RequestMapping("/api/v1/events")
@Tag(name = "Events", description = "What shoppers do: views, clicks, carts, purchases, impressions")
@RequiredArgsConstructor
class InteractionController {

    private final InteractionIngestion ingestion;

    /** {@code {"events": [...]}}: each event validated and answered on its own. */
    record BatchRequest(@Nullable List<@Nullable JsonNode> events) {}

    /** {@code spooled} (only when true): accepted into the spool while PostgreSQL is unreachable. */
    record SingleReply(
            IngestionOutcome.Status status,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean spooled) {}

    @PostMapping
    @Operation(
            summary = "Send one event: 201 when stored, 200 when it was already stored; durable on any 2xx",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = @Content(schema = @Schema(implementation = InteractionSchemas.Event.class))))
    @ApiResponse(responseCode = "201", description = "Stored")
    @ApiResponse(responseCode = "200", description = "Already stored before (a retry); nothing changed")
    @ApiResponse(
            responseCode = "202",
            description = "PostgreSQL unreachable: accepted into the spool "
                    + "(\"spooled\": true), stored when it answers again")
    @ApiResponse(
            responseCode = "400",
            description = "Invalid event; errors[].field names the field",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "503",
            description = "Not stored; retry (retries are deduplicated)",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<SingleReply> one(@RequestBody JsonNode event) {
        IngestionOutcome.Status outcome =
                ingestion.ingestOne(Authenticated.key().tenantId(), event);
        return ResponseEntity.status(status(outcome)).body(reply(outcome));
    }

    /** 201 stored, 200 stored before, 202 spooled while PostgreSQL is unreachable. */
    static HttpStatus status(IngestionOutcome.Status outcome) {
        return switch (outcome) {
            case SPOOLED -> HttpStatus.ACCEPTED;
            case ACCEPTED -> HttpStatus.CREATED;
            default -> HttpStatus.OK;
        };
    }

    static SingleReply reply(IngestionOutcome.Status outcome) {
        return outcome == IngestionOutcome.Status.SPOOLED
                ? new SingleReply(IngestionOutcome.Status.ACCEPTED, true)
                : new SingleReply(outcome, false);
    }

    @BulkBody
    @PostMapping("/batch")
    @Operation(
            summary = "Send up to 1000 events; each is accepted, duplicate or rejected with a reason, by index. "
                    + "An Idempotency-Key header replays the first answer to a retry",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = @Content(schema = @Schema(implementation = InteractionSchemas.Batch.class))))
    @ApiResponse(responseCode = "200", description = "Every event answered: counts, and by index each one not accepted")
    @ApiResponse(
            responseCode = "202",
            description = "As 200, but PostgreSQL was unreachable: the accepted events are "
                    + "in the spool (\"spooled\": true) and stored when it answers again")
    @ApiResponse(
            responseCode = "400",
            description = "Malformed body, or not 1 to 1000 events; nothing stored",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "422",
            description = "Idempotency-Key reused with a different batch",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "503",
            description = "Not stored; retry (retries are deduplicated)",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<IngestionOutcome> batch(
            @RequestBody BatchRequest body,
            @io.swagger.v3.oas.annotations.Parameter(schema = @Schema(minLength = 1, maxLength = 256))
                    @RequestHeader(name = "Idempotency-Key", required = false)
                    @Nullable
                    String idempotencyKey) {
        List<@Nullable JsonNode> events = body.events() == null ? List.of() : body.events();
        BatchReply reply = ingestion.ingestBatch(Authenticated.key().tenantId(), events, idempotencyKey);
        return ResponseEntity.status(batchStatus(reply))
                .header("Idempotent-Replayed", Boolean.toString(reply.replayed()))
                .body(reply.outcome());
    }

    /** 200 answered, 202 when the accepted events were spooled while PostgreSQL is unreachable. */
    static HttpStatus batchStatus(BatchReply reply) {
        return reply.outcome().spooled() ? HttpStatus.ACCEPTED : HttpStatus.OK;
    }
}
