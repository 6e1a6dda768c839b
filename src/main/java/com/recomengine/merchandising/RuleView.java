package com.recomengine.merchandising;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A stored rule as the admin API shows it. */
public record RuleView(
        UUID id,
        String name,
        List<String> placements,
        String condition,
        String action,
        @Nullable Double factor,
        @Nullable String productId,
        @Nullable Integer position,
        @Nullable Integer maxSlots,
        @Nullable Instant activeFrom,
        @Nullable Instant activeTo,
        boolean enabled,
        int priority,
        Instant createdAt,
        Instant updatedAt) {

    /** The stored rule as a draft again, switched on or off: how the dashboard enables and disables a rule. */
    public RuleDraft draftEnabled(boolean on) {
        return new RuleDraft(
                name,
                placements,
                condition,
                RuleAction.fromWire(action).orElseThrow(),
                factor,
                productId,
                position,
                maxSlots,
                activeFrom,
                activeTo,
                on,
                priority);
    }
}
