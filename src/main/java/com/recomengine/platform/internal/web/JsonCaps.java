package com.recomengine.platform.internal.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * What one JSON document may cost while it is read, before any of it is bound or stored. The numbers come from the
 * largest legitimate bodies: a product batch (10 000 products, attributes up to 8 KB nested 5 levels), an event
 * batch (1000 events, metadata up to 4 KB). Body sizes themselves are capped by {@link BodyLimits}.
 */
enum JsonCaps {

    /** A batch is 3 levels deep plus 5 of attributes; 32 leaves room and stops a stack of brackets. */
    NESTING_DEPTH("nestingDepth", "getMaxNestingDepth", 32, "is nested deeper than %d levels"),

    /** The longest legitimate text is an attribute value within 8 KB; 64 Ki characters is well above. */
    STRING_LENGTH("stringLength", "getMaxStringLength", 65_536, "has a text value longer than %d characters"),

    /** Keys are field, attribute and metadata names. */
    NAME_LENGTH("nameLength", "getMaxNameLength", 1_024, "has a key longer than %d characters"),

    /** A long, a price or a double written out in full fits in 100 digits. */
    NUMBER_LENGTH("numberLength", "getMaxNumberLength", 100, "has a number longer than %d characters"),

    /**
     * Every value, key and bracket is a token. The densest valid event batch (1000 events each with 4 KB of metadata
     * such as {@code [0,0,…]}) is about 2.1 million; a batch of 10 000 products may average 250 tokens a product
     * (some 120 attributes each). A 32 MiB {@code [1,1,1,…]} is 16 million, refused after its first 5 MB.
     */
    TOKEN_COUNT(
            "tokenCount",
            "getMaxTokenCount",
            2_500_000,
            "has more than %d JSON tokens (values, keys and brackets); split it into smaller batches");

    private final String wireName;
    private final String getter;
    private final long maximum;
    private final String explanation;

    JsonCaps(String wireName, String getter, long maximum, String explanation) {
        this.wireName = wireName;
        this.getter = getter;
        this.maximum = maximum;
        this.explanation = explanation;
    }

    /** The constraints every JSON parser of the application's mapper applies. */
    static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth((int) NESTING_DEPTH.maximum)
                .maxStringLength((int) STRING_LENGTH.maximum)
                .maxNameLength((int) NAME_LENGTH.maximum)
                .maxNumberLength((int) NUMBER_LENGTH.maximum)
                .maxTokenCount(TOKEN_COUNT.maximum)
                .build();
    }

    /** The cap a parser reported (Jackson names it only by the getter of its constraint), or null for another. */
    static @Nullable JsonCaps of(StreamConstraintsException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        for (JsonCaps cap : values()) {
            if (message.contains(cap.getter)) {
                return cap;
            }
        }
        return null;
    }

    long maximum() {
        return maximum;
    }

    String detail() {
        return "The request body " + explanation.formatted(maximum) + ".";
    }

    /** Which cap and its value, for clients to act on. */
    Map<String, Object> properties() {
        return Map.of("limit", wireName, "maximum", maximum);
    }
}
