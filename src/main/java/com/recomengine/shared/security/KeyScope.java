package com.recomengine.shared.security;

/** The capability an API call needs from the key that makes it. */
public enum KeyScope {
    ANY,
    EVENTS_WRITE,
    CATALOG_READ,
    CATALOG_WRITE,
    RECOMMENDATIONS_READ,
    WIDGETS_READ;

    public boolean isRead() {
        return this != EVENTS_WRITE && this != CATALOG_WRITE;
    }
}
