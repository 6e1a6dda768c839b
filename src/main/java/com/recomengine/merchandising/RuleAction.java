package com.recomengine.merchandising;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a rule does to the items its condition matches (SPEC §4). */
public enum RuleAction {
    EXCLUDE,
    REQUIRE,
    BOOST,
    BURY,
    PIN,
    PROMOTE;

    public static final String WIRE_NAMES = "exclude, require, boost, bury, pin, promote";

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RuleAction> fromWire(String value) {
        return Arrays.stream(values()).filter(a -> a.wireName().equals(value)).findFirst();
    }

    /** Whether the action keeps or drops items (exclude, require) rather than arranging them. */
    public boolean filters() {
        return this == EXCLUDE || this == REQUIRE;
    }
}
