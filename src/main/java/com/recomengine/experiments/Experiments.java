package com.recomengine.experiments;

import com.recomengine.shared.TenantId;
import java.util.Optional;

/**
 * The experiments module as the recommendation strategy resolver sees it. Both calls answer from memory (no
 * database query per call) and see changes made on any instance within about a second.
 *
 * <p>Resolution order for a placement: the running experiment's arm ({@link #assignmentFor}), else the placement's
 * promoted default ({@link #placementDefault}), else the tenant's default strategy.
 */
public interface Experiments {

    /**
     * The user's arm of the experiment running on the placement, or empty when none runs there (or it is paused,
     * or the user id is blank). Deterministic: {@code bucket = uint64(first 8 bytes of SHA-256(experimentId + ":"
     * + userId)) mod 10000}, control when {@code bucket < trafficSplit * 100}; the SDK computes the same.
     */
    Optional<Assignment> assignmentFor(TenantId tenant, String placementId, String userId);

    /** The strategy promoted from a completed experiment for this placement, if any. */
    Optional<String> placementDefault(TenantId tenant, String placementId);
}
