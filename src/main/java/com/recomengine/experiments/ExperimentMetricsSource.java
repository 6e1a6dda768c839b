package com.recomengine.experiments;

import com.recomengine.shared.TenantId;
import java.time.Instant;
import java.util.UUID;

/**
 * Where experiment results get their numbers: the module that owns the interaction data (events or analytics)
 * provides one bean of this type; experiments only reads it. Until one exists, results show zeros.
 *
 * <p>Attribution contract: impressions and clicks count when they carry the experiment's id and arm (from the
 * recommendation meta); a purchase counts for the arm the user was assigned to, when it happened inside the window.
 */
public interface ExperimentMetricsSource {

    /** Totals per arm for interactions with {@code from ≤ timestamp < to}. */
    ExperimentTotals totalsFor(TenantId tenant, UUID experimentId, Instant from, Instant to);
}
