package com.recomengine.events;

import com.recomengine.shared.TenantId;

/**
 * What ingestion turned away for a tenant: duplicates and rejected events counted per reason for the UTC day they
 * arrived, and the last few with their time, event type and reason. Recorded off the request path, so a batch's
 * figures may show a moment after its answer; kept in Redis for two days (in memory when Redis is absent).
 */
public interface IngestionRejections {

    /** Today's (UTC) duplicates and rejections of the tenant, and its most recent ones. */
    RejectionSummary today(TenantId tenant);
}
