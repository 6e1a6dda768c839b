package com.recomengine.experiments.internal;

/** What an experiment is judged on; every one of them is "higher is better". */
public enum Metric {
    CTR,
    CONVERSION_RATE,
    REVENUE_PER_USER;

    public static final String WIRE_PATTERN = "ctr|conversion_rate|revenue_per_user";

    public String wireName() {
        return name().toLowerCase();
    }

    public static Metric fromWire(String value) {
        return valueOf(value.toUpperCase());
    }
}
