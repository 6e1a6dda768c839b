package com.recomengine.experiments;

import java.util.Objects;
import java.util.UUID;

/**
 * The arm a user is in for the experiment running on a placement, and the strategy that arm serves. The
 * recommendation response carries {@code experimentId} and {@code variant} in its meta so that impressions and
 * clicks can be attributed.
 */
public record Assignment(UUID experimentId, Variant variant, String strategy) {

    public Assignment {
        Objects.requireNonNull(experimentId, "experiment id");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(strategy, "strategy");
    }
}
