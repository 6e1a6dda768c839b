package com.recomengine.shared.security;

import java.util.Locale;

/** What a key may do. Publishable keys are always {@link #PUBLISHABLE}: a fixed, browser-safe set of scopes. */
public enum KeyPermission {
    READ("read"),
    READ_WRITE("read-write"),
    PUBLISHABLE("publishable");

    private final String wireName;

    KeyPermission(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static KeyPermission fromWire(String value) {
        for (KeyPermission permission : values()) {
            if (permission.wireName.equals(value.toLowerCase(Locale.ROOT))) {
                return permission;
            }
        }
        throw new IllegalArgumentException("unknown permission: " + value);
    }
}
