package com.recomengine.experiments.internal;

/** draft → running ⇄ paused → completed (running → completed directly too). */
public enum ExperimentStatus {
    DRAFT,
    RUNNING,
    PAUSED,
    COMPLETED;

    public String wireName() {
        return name().toLowerCase();
    }

    public static ExperimentStatus fromWire(String value) {
        return valueOf(value.toUpperCase());
    }
}
