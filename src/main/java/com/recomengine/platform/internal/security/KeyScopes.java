package com.recomengine.platform.internal.security;

import com.recomengine.shared.security.KeyScope;

/** Which capability a key-authenticated call needs, read from its method and path. Unknown paths need the most. */
final class KeyScopes {

    private KeyScopes() {}

    static KeyScope of(String method, String path) {
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        if (path.startsWith("/api/v1/events")) {
            return KeyScope.EVENTS_WRITE;
        }
        if (path.startsWith("/api/v1/recommendations")) {
            return KeyScope.RECOMMENDATIONS_READ;
        }
        if (path.startsWith("/api/v1/widgets") && read) {
            return KeyScope.WIDGETS_READ;
        }
        if (path.equals("/api/v1/key") && read) {
            return KeyScope.ANY;
        }
        return read ? KeyScope.CATALOG_READ : KeyScope.CATALOG_WRITE;
    }
}
