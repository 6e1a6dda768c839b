package com.recomengine.events.internal;

/** One event of a request after validation: ready to store, or rejected with the field at fault and why. */
sealed interface ParsedInteraction {

    record Valid(IncomingInteraction interaction) implements ParsedInteraction {}

    record Rejected(String field, String reason) implements ParsedInteraction {

        String describe() {
            return field + ": " + reason;
        }
    }
}
