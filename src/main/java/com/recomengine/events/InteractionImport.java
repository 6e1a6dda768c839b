package com.recomengine.events;

import com.recomengine.shared.TenantId;
import java.util.stream.Stream;

/**
 * Bulk ingestion from inside the application (the demo tenant's history, {@code make eval}): the interactions go
 * through exactly what {@code POST /api/v1/events/batch} does (validation against the tenant's acceptance window,
 * dedup, group-commit storage, one {@link InteractionsRecorded} per batch), a batch at a time, without HTTP.
 */
public interface InteractionImport {

    /** Ingests every interaction of the stream, in batches of the API's maximum size; blocks until all are stored. */
    ImportTotals ingest(TenantId tenant, Stream<NewInteraction> interactions);
}
