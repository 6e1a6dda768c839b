package com.recomengine.experiments.internal;

import com.recomengine.shared.TenantId;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The placements' default strategies a promoted experiment sets ({@code placement_defaults}). */
@Component
@RequiredArgsConstructor
class PlacementDefaults {

    private final JdbcTemplate jdbc;

    /** Makes {@code strategy}, the winner of {@code experimentId}, the default of the placement. */
    void set(TenantId tenant, String placementId, String strategy, UUID experimentId) {
        jdbc.update("""
                INSERT INTO placement_defaults (tenant_id, placement_id, strategy, experiment_id, updated_at)
                VALUES (?, ?, ?, ?, now())
                ON CONFLICT (tenant_id, placement_id)
                DO UPDATE SET strategy = excluded.strategy, experiment_id = excluded.experiment_id, updated_at = now()
                """, tenant.value(), placementId, strategy, experimentId);
    }
}
