package com.recomengine.audit;

import com.recomengine.shared.TenantId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads a tenant's audit log, newest first, a page at a time (for the API and the dashboard). */
public interface AuditTrail {

    /** What to read: each filter is optional; {@code actor} is an admin id or an email, {@code before} a cursor. */
    record Query(
            TenantId tenant,
            @Nullable Instant from,
            @Nullable Instant to,
            @Nullable String actor,
            @Nullable String action,
            @Nullable Long before,
            int size) {}

    /** One page; {@code nextCursor} reads the older entries, null on the last page. */
    record Page(List<AuditEntry> data, @Nullable String nextCursor) {}

    Page read(Query query);
}
