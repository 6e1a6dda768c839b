package com.recomengine.events;

import com.recomengine.shared.Verdict;
import java.util.Map;

/**
 * A tenant's interactions of today by type (types without any absent), with the events module's word on the
 * signals the engine and its measurements need.
 */
public record InteractionsToday(Map<InteractionType, Long> byType) {

    public InteractionsToday {
        byType = Map.copyOf(byType);
    }

    public long count(InteractionType type) {
        return byType.getOrDefault(type, 0L);
    }

    public long total() {
        return byType.values().stream().mapToLong(Long::longValue).sum();
    }

    /** No events at all today needs attention. */
    public Verdict eventsVerdict() {
        return total() == 0 ? Verdict.WARN : Verdict.OK;
    }

    /**
     * None of {@code type} today needs attention: without impressions CTR and experiments cannot be measured,
     * without purchases conversions and revenue cannot.
     */
    public Verdict verdict(InteractionType type) {
        return count(type) > 0 ? Verdict.OK : Verdict.WARN;
    }
}
