package com.recomengine.analytics;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a time series shows; {@link #wireName()} is the {@code metric} query parameter. */
public enum SeriesMetric {
    IMPRESSIONS,
    CLICKS,
    CTR,
    CONVERSIONS,
    CONVERSION_RATE,
    REVENUE,
    RECOMMENDATION_CONVERSIONS,
    RECOMMENDATION_REVENUE,
    /** Distinct users active on a day; for a week or month, the sum of the daily counts (user-days). */
    USERS;

    public static final String WIRE_NAMES =
            Arrays.stream(values()).map(SeriesMetric::wireName).collect(Collectors.joining(", "));

    public String wireName() {
        return name().toLowerCase();
    }

    public static Optional<SeriesMetric> fromWire(String value) {
        return Arrays.stream(values()).filter(m -> m.wireName().equals(value)).findFirst();
    }
}
