package com.recomengine.events.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer to an ingestion request: counts, and a result for at least every event that was not accepted
 * (accepted ones are implied by their absence), ordered by index. {@code spooled}: the accepted events are in the
 * Redis spool because PostgreSQL was unreachable, to be stored when it answers again (absent from the JSON when
 * false).
 */
public record IngestionOutcome(
        int accepted,
        int duplicates,
        int rejected,
        List<ItemResult> results,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean spooled) {

    /** Also how a kept Idempotency-Key reply is read back: only stored answers are kept, never spooled ones. */
    @JsonCreator
    public IngestionOutcome(int accepted, int duplicates, int rejected, List<ItemResult> results) {
        this(accepted, duplicates, rejected, results, false);
    }

    IngestionOutcome spooledNow() {
        return new IngestionOutcome(accepted, duplicates, rejected, results, true);
    }

    /** What happened to the event at {@code index} of the request; {@code reason} says why it was rejected. */
    public record ItemResult(
            int index, Status status, @Nullable String reason) {}

    /** What happened to one event. */
    public enum Status {
        ACCEPTED("accepted"),
        DUPLICATE("duplicate"),
        REJECTED("rejected"),
        /** Of {@code InteractionIngestion.ingestOne} only: accepted into the spool, not yet in PostgreSQL. */
        SPOOLED("spooled");

        private final String wireName;

        Status(String wireName) {
            this.wireName = wireName;
        }

        @JsonValue
        public String wireName() {
            return wireName;
        }
    }
}
