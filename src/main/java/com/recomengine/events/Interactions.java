package com.recomengine.events;

import com.recomengine.shared.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The stored interactions as other modules read them (model builds, analytics). */
public interface Interactions {

    /**
     * Streams the tenant's interactions with {@code from <= timestamp < to}, oldest first, to {@code action}
     * without holding them in memory. Runs on the caller's thread in one read-only transaction.
     */
    void forEach(TenantId tenant, Instant from, Instant to, Consumer<Interaction> action);

    /** How many interactions the tenant has with {@code from <= timestamp < to}. */
    long count(TenantId tenant, Instant from, Instant to);

    /** The live counters of the tenant for a UTC day, one row per placement and strategy; empty without Redis. */
    List<LiveCounts> liveCounts(TenantId tenant, LocalDate day);

    /** How many interactions of each type the tenant has with {@code from <= timestamp < to} (types without any absent). */
    Map<InteractionType, Long> countByType(TenantId tenant, Instant from, Instant to);

    /**
     * What a live view shows: the interactions stored after {@code storedAfter} whose own timestamp lies within
     * {@code window} before now (or up to five minutes ahead), in the order they were stored, at most {@code limit}.
     * Rows of a transaction still open at {@code storedAfter} can be stored with an earlier time: callers that
     * follow the stream should ask again from a few seconds before the latest {@code storedAt} they saw.
     */
    List<StoredInteraction> storedSince(TenantId tenant, Instant storedAfter, Duration window, int limit);

    /** What the strategies can learn from the interactions with {@code from <= timestamp < to} (one scan of them). */
    InteractionCoverage coverage(TenantId tenant, Instant from, Instant to);

    /** Up to {@code limit} distinct product ids named by interactions with {@code from <= timestamp < to}. */
    List<String> productIdsSeen(TenantId tenant, Instant from, Instant to, int limit);
}
