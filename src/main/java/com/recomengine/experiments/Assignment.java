package com.recomengine.experiments;

import java.util.Objects;
import java.util.UUID;

/**
 * The arm a user is in for the experiment running on a placement, and the strategy that arm serves. The
 * recommendation response carries {@code experimentId} and {@code variant} in its meta so that impressions and
 * clicks can be attributed. {@code rules} is false for the variant of an experiment that measures the merchandising
 * rules' lift: that arm is answered without them.
 */
public record Assignment(UUID experimentId, Variant variant, String strategy, boolean rules) {

    public Assignment {
        Objects.requireNonNull(experimentId, "experiment id");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(strategy, "strategy");
    }
}
