package com.recomengine.analytics.web;

import com.recomengine.analytics.DayRange;
import com.recomengine.shared.problem.Problems;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The {@code from} and {@code to} query parameters: ISO dates, {@code from ≤ to}, at most {@code max-range-days}
 * days. Without them a read covers the 30 days up to today; a recompute covers yesterday.
 */
@Component
class DayRanges {

    private final int maxDays;
    private final Clock clock = Clock.systemUTC();

    DayRanges(@Value("${recomengine.analytics.max-range-days:400}") int maxDays) {
        this.maxDays = maxDays;
    }

    DayRange read(@Nullable String from, @Nullable String to) {
        LocalDate last = to == null ? LocalDate.now(clock) : day("to", to);
        return range(from == null ? last.minusDays(29) : day("from", from), last);
    }

    DayRange readRecompute(@Nullable String from, @Nullable String to) {
        LocalDate last = to == null ? LocalDate.now(clock).minusDays(1) : day("to", to);
        return range(from == null ? last : day("from", from), last);
    }

    private DayRange range(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw Problems.invalid("from", "must not be after to (" + to + ")");
        }
        DayRange range = new DayRange(from, to);
        if (range.days() > maxDays) {
            throw Problems.invalid(
                    "to", "the range spans " + range.days() + " days; at most " + maxDays + " are allowed");
        }
        return range;
    }

    private static LocalDate day(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw Problems.invalid(field, "must be a date like 2025-01-31");
        }
    }
}
