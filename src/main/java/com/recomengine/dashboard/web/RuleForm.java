package com.recomengine.dashboard.web;

import com.recomengine.merchandising.RuleAction;
import com.recomengine.merchandising.RuleDraft;
import com.recomengine.merchandising.RuleView;
import com.recomengine.shared.problem.ProblemException;
import com.recomengine.shared.problem.ProblemKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * A rule as the form edits it: every value as typed, so that "abc" in a number gets a message next to its field.
 * Placements are separated by commas or spaces; the window is two {@code datetime-local} values read as UTC. Only
 * the fields of the chosen action are read (a factor left in a hidden field does not refuse a pin); the merchandising
 * module's own checks ({@link RuleDraft}, the condition's type check) give the other messages.
 */
record RuleForm(
        @NotBlank(message = "Name the rule, e.g. \"Winter sale\"; the name shows next to the items it changes.")
        @Size(max = 120, message = "At most 120 characters.")
        String name,

        @Nullable String placements,
        @Nullable String condition,

        @NotNull(message = "Choose what the rule does.")
        @Pattern(regexp = "exclude|require|boost|bury|pin|promote", message = "Choose what the rule does.")
        String action,

        @Nullable String factor,
        @Nullable String productId,
        @Nullable String position,
        @Nullable String maxSlots,
        @Nullable String activeFrom,
        @Nullable String activeTo,
        @Nullable Boolean enabled,
        @Nullable String priority) {

    /** The form's fields, which a problem of the merchandising module may name. */
    static final Set<String> FIELDS = Set.of(
            "name",
            "placements",
            "condition",
            "action",
            "factor",
            "productId",
            "position",
            "maxSlots",
            "activeFrom",
            "activeTo",
            "priority");

    /** Each action and what it does, as the form's choice lists them. */
    record Choice(String action, String label, String hint) {}

    static final List<Choice> ACTIONS = List.of(
            new Choice("exclude", "Exclude", "Hide the items the condition matches."),
            new Choice("require", "Require", "Show only the items the condition matches."),
            new Choice("boost", "Boost", "Multiply the score of matching items by a factor above 1."),
            new Choice("bury", "Bury", "Multiply the score of matching items by a factor between 0 and 1."),
            new Choice("pin", "Pin", "Put one product at a position (when it matches the condition)."),
            new Choice("promote", "Promote", "Give matching items the first slots, up to a number of slots."));

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    static RuleForm blank() {
        return new RuleForm(
                "", "", "", "exclude", "", "", "", "", "", "", true, Integer.toString(RuleDraft.DEFAULT_PRIORITY));
    }

    static RuleForm of(RuleView rule) {
        return new RuleForm(
                rule.name(),
                String.join(", ", rule.placements()),
                rule.condition(),
                rule.action(),
                rule.factor() == null ? "" : rule.factor().toString(),
                rule.productId() == null ? "" : rule.productId(),
                rule.position() == null ? "" : rule.position().toString(),
                rule.maxSlots() == null ? "" : rule.maxSlots().toString(),
                local(rule.activeFrom()),
                local(rule.activeTo()),
                rule.enabled(),
                Integer.toString(rule.priority()));
    }

    /** The checks of the raw text: numbers that are numbers, moments that are moments. */
    void check(Errors errors) {
        RuleAction chosen = chosen();
        if (chosen == RuleAction.BOOST || chosen == RuleAction.BURY) {
            decimal(errors, "factor", factor);
        }
        if (chosen == RuleAction.PIN) {
            whole(errors, "position", position);
        }
        if (chosen == RuleAction.PROMOTE) {
            whole(errors, "maxSlots", maxSlots);
        }
        whole(errors, "priority", priority);
        moment(errors, "activeFrom", activeFrom);
        moment(errors, "activeTo", activeTo);
    }

    /** The condition the rule is saved with: empty means every item. */
    String conditionOrTrue() {
        return isBlank(condition) ? "true" : condition.strip();
    }

    /** The rule: call when {@link #check} found nothing; a problem naming a field when the rule is still wrong. */
    RuleDraft draft() {
        RuleAction chosen = chosen();
        boolean scores = chosen == RuleAction.BOOST || chosen == RuleAction.BURY;
        boolean pins = chosen == RuleAction.PIN;
        return new RuleDraft(
                name.strip(),
                placementList(),
                conditionOrTrue(),
                chosen,
                scores && !isBlank(factor) ? Double.valueOf(factor.strip()) : null,
                pins && !isBlank(productId) ? productId.strip() : null,
                pins && !isBlank(position) ? Integer.valueOf(position.strip()) : null,
                chosen == RuleAction.PROMOTE && !isBlank(maxSlots) ? Integer.valueOf(maxSlots.strip()) : null,
                instant(activeFrom),
                instant(activeTo),
                Boolean.TRUE.equals(enabled),
                isBlank(priority) ? RuleDraft.DEFAULT_PRIORITY : Integer.parseInt(priority.strip()));
    }

    /**
     * Puts a refusal of the merchandising module next to the field it names ("line 1, column 6: …" under the
     * condition), or above the form when it names none of the form's fields (the tenant's rule limit).
     */
    static void reject(Errors errors, ProblemException problem) {
        if (problem.kind() != ProblemKind.INVALID) {
            throw problem;
        }
        if (!(problem.properties().get("errors") instanceof List<?> wrong) || wrong.isEmpty()) {
            errors.reject("invalid", problem.getMessage());
            return;
        }
        for (Object each : wrong) {
            if (each instanceof Map<?, ?> error
                    && error.get("field") instanceof String field
                    && error.get("message") instanceof String message) {
                String sentence = Character.toUpperCase(message.charAt(0)) + message.substring(1);
                if (FIELDS.contains(field)) {
                    errors.rejectValue(field, "invalid", sentence);
                } else {
                    errors.reject("invalid", sentence);
                }
            }
        }
    }

    private RuleAction chosen() {
        return RuleAction.fromWire(action).orElse(RuleAction.EXCLUDE);
    }

    private List<String> placementList() {
        return isBlank(placements)
                ? List.of()
                : Arrays.stream(placements.strip().split("[,\\s]+")).distinct().toList();
    }

    private static void decimal(Errors errors, String field, @Nullable String text) {
        if (!isBlank(text) && !text.strip().matches("\\d{1,3}(\\.\\d{1,6})?|\\.\\d{1,6}")) {
            errors.rejectValue(field, "number", "A number such as 1.5 or 0.5.");
        }
    }

    private static void whole(Errors errors, String field, @Nullable String text) {
        if (!isBlank(text) && !text.strip().matches("\\d{1,7}")) {
            errors.rejectValue(field, "number", "A whole number.");
        }
    }

    private static void moment(Errors errors, String field, @Nullable String text) {
        if (!isBlank(text) && parse(text) == null) {
            errors.rejectValue(field, "moment", "A date and time (UTC) such as 2026-12-01T09:00.");
        }
    }

    private static @Nullable Instant instant(@Nullable String text) {
        return isBlank(text) ? null : parse(text);
    }

    private static @Nullable Instant parse(String text) {
        try {
            return LocalDateTime.parse(text.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String local(@Nullable Instant at) {
        if (at == null) {
            return "";
        }
        LocalDateTime moment = at.atOffset(ZoneOffset.UTC).toLocalDateTime();
        return moment.getSecond() == 0 && moment.getNano() == 0
                ? MINUTES.format(moment)
                : moment.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
