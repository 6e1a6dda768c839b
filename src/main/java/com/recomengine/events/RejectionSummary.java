package com.recomengine.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A tenant's turned-away events of one day: per reason (the reason {@value #DUPLICATE} for duplicates, else the
 * field at fault and why) the count, most frequent first, and the most recent examples, newest first.
 */
public record RejectionSummary(LocalDate day, List<ReasonCount> reasons, List<Example> recent) {

    public static final String DUPLICATE = "duplicate";

    public record ReasonCount(String reason, long count) {}

    /** One turned-away event: when it arrived, its {@code eventType} as sent ("?" when none), and why. */
    public record Example(Instant at, String eventType, String reason) {}

    public long duplicates() {
        return reasons.stream()
                .filter(r -> r.reason().equals(DUPLICATE))
                .mapToLong(ReasonCount::count)
                .sum();
    }

    public long rejected() {
        return reasons.stream()
                .filter(r -> !r.reason().equals(DUPLICATE))
                .mapToLong(ReasonCount::count)
                .sum();
    }
}
