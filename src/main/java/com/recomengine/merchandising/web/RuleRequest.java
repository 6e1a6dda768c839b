package com.recomengine.merchandising.web;

import com.recomengine.merchandising.RuleAction;
import com.recomengine.merchandising.RuleDraft;
import com.recomengine.merchandising.internal.Conditions;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A whole rule as admins send it (SPEC §4). Absent: {@code placements} every placement, {@code condition}
 * {@code true} (every item), {@code enabled} true, {@code priority} 100. {@code factor} belongs to boost and bury,
 * {@code productId} and {@code position} to pin, {@code maxSlots} to promote.
 */
record RuleRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 120) @NotNull
        String name,

        @Size(max = RuleDraft.MAX_PLACEMENTS) @Nullable List<String> placements,

        @Schema(
                description = "CEL over item (productId, name, category, price, currency, available, attributes,"
                        + " createdAt) and context (placementId, userKnown)",
                maxLength = Conditions.MAX_LENGTH,
                example = "item.category in [\"Candles\", \"Tea\"] && item.price >= 5.0")
        @Nullable
        String condition,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                allowableValues = {"exclude", "require", "boost", "bury", "pin", "promote"})
        @NotNull
        @Pattern(regexp = "exclude|require|boost|bury|pin|promote", message = "must be one of " + RuleAction.WIRE_NAMES)
        String action,

        @Schema(description = "boost: above 1 (at most 100); bury: between 0 and 1") @Nullable
        Double factor,

        @Schema(description = "pin: the product to place", maxLength = 256) @Nullable
        String productId,

        @Schema(description = "pin: 1-based position", minimum = "1", maximum = "100") @Nullable
        Integer position,

        @Schema(description = "promote: how many slots matching items take", minimum = "1", maximum = "100") @Nullable
        Integer maxSlots,

        @Nullable Instant activeFrom,
        @Nullable Instant activeTo,
        @Nullable Boolean enabled,

        @Schema(description = "lower runs first", minimum = "0", maximum = "1000000", defaultValue = "100") @Nullable
        Integer priority) {

    static final int DEFAULT_PRIORITY = RuleDraft.DEFAULT_PRIORITY;

    RuleDraft draft() {
        return new RuleDraft(
                name,
                placements == null ? List.of() : placements,
                condition == null ? "true" : condition,
                RuleAction.fromWire(action).orElseThrow(),
                factor,
                productId,
                position,
                maxSlots,
                activeFrom,
                activeTo,
                enabled == null || enabled,
                priority == null ? DEFAULT_PRIORITY : priority);
    }
}
