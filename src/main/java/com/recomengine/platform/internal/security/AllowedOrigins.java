package com.recomengine.platform.internal.security;

import java.util.Set;

/**
 * Whether a browser origin is among a tenant's allowed ones: the same origin exactly, or one of an entry that
 * names any port ({@code http://localhost:*}, for development servers whose port changes), which matches the
 * scheme and host with an explicit port or none.
 */
final class AllowedOrigins {

    static final String ANY_PORT = ":*";

    private AllowedOrigins() {}

    static boolean allows(Set<String> allowed, String origin) {
        if (allowed.contains(origin)) {
            return true;
        }
        for (String entry : allowed) {
            if (entry.endsWith(ANY_PORT) && matchesAnyPort(entry, origin)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAnyPort(String entry, String origin) {
        String host = entry.substring(0, entry.length() - ANY_PORT.length());
        if (!origin.regionMatches(true, 0, host, 0, host.length())) {
            return false;
        }
        String rest = origin.substring(host.length());
        return rest.isEmpty() || (rest.length() <= 6 && rest.matches(":[0-9]{1,5}"));
    }
}
