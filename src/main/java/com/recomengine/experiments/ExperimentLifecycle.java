package com.recomengine.experiments;

import com.recomengine.shared.AdminId;
import com.recomengine.shared.TenantId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Experiments as their admin runs them (the dashboard): every call checks that the admin owns the tenant (a 404
 * problem otherwise) and that the experiment is the tenant's; refused transitions are 409 problems.
 */
public interface ExperimentLifecycle {

    /** The steps of an experiment's life after its creation. */
    enum Step {
        START,
        PAUSE,
        COMPLETE
    }

    /** Creates a draft; 400 problems for values outside the wire names. */
    UUID create(AdminId admin, TenantId tenant, ExperimentDraft draft);

    /** The tenant's experiments, newest first (at most 200). */
    List<ExperimentView> experimentsOf(AdminId admin, TenantId tenant);

    ExperimentView experimentOf(AdminId admin, TenantId tenant, UUID experimentId);

    /** Starts (or resumes), pauses or completes; 409 when another experiment runs on the placement. */
    void take(AdminId admin, TenantId tenant, UUID experimentId, Step step);

    /** Makes the chosen arm, or else the verdict's winner, the placement's default; completed experiments only. */
    void promoteWinner(AdminId admin, TenantId tenant, UUID experimentId, @Nullable Variant choice);

    /** Deletes a draft or completed experiment (409 while running or paused). */
    void delete(AdminId admin, TenantId tenant, UUID experimentId);

    /** The statistics of a started experiment over its window (until now while it runs). */
    ExperimentResults results(AdminId admin, TenantId tenant, UUID experimentId);
}
