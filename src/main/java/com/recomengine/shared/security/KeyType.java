package com.recomengine.shared.security;

/** Secret keys ({@code rk_live_}) stay on servers; publishable keys ({@code rk_pub_}) may sit in a web page. */
public enum KeyType {
    SECRET("rk_live_"),
    PUBLISHABLE("rk_pub_");

    private final String prefix;

    KeyType(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    public String wireName() {
        return name().toLowerCase();
    }
}
