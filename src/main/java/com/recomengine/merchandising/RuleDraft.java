package com.recomengine.merchandising;

import com.recomengine.shared.problem.Problems;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A rule as an admin writes it, checked field by field (SPEC §4): a 400 problem naming the first wrong field
 * otherwise. The condition's CEL is checked when the rule is saved.
 */
public record RuleDraft(
        String name,
        List<String> placements,
        String condition,
        RuleAction action,
        @Nullable Double factor,
        @Nullable String productId,
        @Nullable Integer position,
        @Nullable Integer maxSlots,
        @Nullable Instant activeFrom,
        @Nullable Instant activeTo,
        boolean enabled,
        int priority) {

    public static final int MAX_PLACEMENTS = 50;
    public static final int MAX_POSITION = 100;
    public static final double MAX_FACTOR = 100.0;
    public static final int MAX_PRIORITY = 1_000_000;
    /** The priority of a rule that names none. */
    public static final int DEFAULT_PRIORITY = 100;
    /** The placement id of a widget (see {@code WidgetSpec.PLACEMENT_PATTERN}). */
    private static final Pattern PLACEMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}");

    public RuleDraft {
        placements = List.copyOf(placements);
        requireText("name", name, 120);
        for (String placement : placements) {
            if (!PLACEMENT.matcher(placement).matches()) {
                throw Problems.invalid(
                        "placements", "each must be a placement id (letters, digits, _ . : -, 1 to 100)");
            }
        }
        if (placements.size() > MAX_PLACEMENTS) {
            throw Problems.invalid("placements", "must hold at most " + MAX_PLACEMENTS + " placements");
        }
        checkAction(action, factor, productId, position, maxSlots);
        if (activeFrom != null && activeTo != null && !activeTo.isAfter(activeFrom)) {
            throw Problems.invalid("activeTo", "must be after activeFrom");
        }
        if (priority < 0 || priority > MAX_PRIORITY) {
            throw Problems.invalid("priority", "must be between 0 and " + MAX_PRIORITY);
        }
    }

    private static void checkAction(
            RuleAction action,
            @Nullable Double factor,
            @Nullable String productId,
            @Nullable Integer position,
            @Nullable Integer maxSlots) {
        switch (action) {
            case BOOST -> {
                if (factor == null || !(factor > 1.0) || factor > MAX_FACTOR) {
                    throw Problems.invalid("factor", "a boost needs a factor above 1 and at most " + MAX_FACTOR);
                }
            }
            case BURY -> {
                if (factor == null || !(factor > 0.0 && factor < 1.0)) {
                    throw Problems.invalid("factor", "a bury needs a factor between 0 and 1 (both excluded)");
                }
            }
            default -> absent("factor", factor, action);
        }
        if (action == RuleAction.PIN) {
            requireText("productId", productId, 256);
            if (position == null || position < 1 || position > MAX_POSITION) {
                throw Problems.invalid("position", "a pin needs a position from 1 to " + MAX_POSITION);
            }
        } else {
            absent("productId", productId, action);
            absent("position", position, action);
        }
        if (action == RuleAction.PROMOTE) {
            if (maxSlots == null || maxSlots < 1 || maxSlots > MAX_POSITION) {
                throw Problems.invalid("maxSlots", "a promotion needs maxSlots from 1 to " + MAX_POSITION);
            }
        } else {
            absent("maxSlots", maxSlots, action);
        }
    }

    private static void absent(String field, @Nullable Object value, RuleAction action) {
        if (value != null) {
            throw Problems.invalid(field, "does not apply to a " + action.wireName() + " rule");
        }
    }

    private static void requireText(String field, @Nullable String value, int max) {
        if (value == null
                || value.isBlank()
                || value.length() > max
                || value.chars().anyMatch(Character::isISOControl)) {
            throw Problems.invalid(field, "must be 1 to " + max + " printable characters");
        }
    }
}
