package com.recomengine.dashboard.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the rule form's script shows under the condition as it is typed: valid, or the message with the 1-based
 * line and column it names (0 when it names none, e.g. an expression that is too long).
 */
record ConditionCheck(boolean valid, @Nullable String message, int line, int column) {

    static final ConditionCheck VALID = new ConditionCheck(true, null, 0, 0);

    /** The merchandising module's messages read {@code condition: line L, column C: what}. */
    private static final Pattern POSITION = Pattern.compile("line (\\d{1,9}), column (\\d{1,9}): .*", Pattern.DOTALL);

    static ConditionCheck refused(String detail) {
        String message = detail.startsWith("condition: ") ? detail.substring("condition: ".length()) : detail;
        Matcher at = POSITION.matcher(message);
        if (!at.matches()) {
            return new ConditionCheck(false, sentence(message), 0, 0);
        }
        return new ConditionCheck(
                false, sentence(message), Integer.parseInt(at.group(1)), Integer.parseInt(at.group(2)));
    }

    private static String sentence(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
