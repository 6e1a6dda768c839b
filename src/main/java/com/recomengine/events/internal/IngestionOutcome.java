package com.recomengine.events.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer to an ingestion request: counts, and a result for at least every event that was not accepted
 * (accepted ones are implied by their absence), ordered by index.
 */
public record IngestionOutcome(int accepted, int duplicates, int rejected, List<ItemResult> results) {

    /** What happened to the event at {@code index} of the request; {@code reason} says why it was rejected. */
    public record ItemResult(int index, String status, @Nullable String reason) {

        static final String ACCEPTED = "accepted";
        static final String DUPLICATE = "duplicate";
        static final String REJECTED = "rejected";
    }
}
