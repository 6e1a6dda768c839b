package com.recomengine.experiments.internal.stats;

/** The plain-language outcome of an experiment that the dashboard shows first. */
public enum Verdict {
    VARIANT_WINS,
    CONTROL_WINS,
    INCONCLUSIVE,
    SRM_WARNING;

    public String wireName() {
        return name().toLowerCase();
    }
}
