package com.recomengine.analytics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.stream.Stream;

/** UTC days {@code from} to {@code to}, both included. */
public record DayRange(LocalDate from, LocalDate to) {

    public DayRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a day range ends on or after its start: " + from + " > " + to);
        }
    }

    public static DayRange of(LocalDate day) {
        return new DayRange(day, day);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The range of equal length that ends the day before this one starts. */
    public DayRange previous() {
        return new DayRange(from.minusDays(days()), from.minusDays(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public Stream<LocalDate> stream() {
        return from.datesUntil(to.plusDays(1));
    }
}
