package com.recomengine.experiments.internal;

/** The recommendation strategies an experiment arm may serve (the names the recommendation module answers to). */
public final class Strategies {

    public static final String WIRE_PATTERN =
            "auto|collaborative|content_based|trending|frequently_bought_together|popular";

    private Strategies() {}
}
