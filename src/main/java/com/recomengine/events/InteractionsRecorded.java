package com.recomengine.events;

import com.recomengine.shared.TenantId;
import java.time.Instant;
import java.util.Set;

/**
 * New interactions of one tenant were stored (duplicates excluded): at most one such event per accepted batch,
 * never one per interaction. Carries who and what was touched so that listeners can refresh caches and models
 * without reading every row; {@code earliest}..{@code latest} bound the interactions' own timestamps.
 */
public record InteractionsRecorded(
        TenantId tenantId, Set<String> userIds, Set<String> productIds, int count, Instant earliest, Instant latest) {}
