package com.recomengine.analytics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Optional;

/** The bucket of a time series: a UTC day, an ISO week (from Monday) or a calendar month. */
public enum Granularity {
    DAY,
    WEEK,
    MONTH;

    public static final String WIRE_NAMES = "day, week, month";

    public String wireName() {
        return name().toLowerCase();
    }

    /** The first day of the bucket that holds {@code day}. */
    public LocalDate bucketOf(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    public static Optional<Granularity> fromWire(String value) {
        return Arrays.stream(values()).filter(g -> g.wireName().equals(value)).findFirst();
    }
}
