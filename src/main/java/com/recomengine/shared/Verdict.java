package com.recomengine.shared;

import java.util.Locale;

/** A module's word on something it owns, for people to read: fine, needs attention, or broken. */
public enum Verdict {
    OK,
    WARN,
    BAD;

    /** The lower-case name pages use as a style hook ({@code ok}, {@code warn}, {@code bad}). */
    public String cssName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
