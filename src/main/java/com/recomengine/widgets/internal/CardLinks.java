package com.recomengine.widgets.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriUtils;

/**
 * Makes the URLs of a document absolute http(s), as the SDUI contract requires: catalog URLs and product URL
 * templates may be paths ({@code /p/sku-1}), which are resolved against the shop page's origin (the request's
 * {@code Origin}, which the key filter has already checked, else the API's own origin, which is the page's for
 * same-origin requests). Anything else (other schemes, whitespace, over 2048 characters) gives no URL.
 */
record CardLinks(String origin) {

    private static final Pattern ORIGIN = Pattern.compile("^https?://[A-Za-z0-9.-]+(?::[0-9]{1,5})?$");
    private static final int MAX = 2048;

    static CardLinks of(@Nullable String originHeader, String requestOrigin) {
        return new CardLinks(
                originHeader != null && ORIGIN.matcher(originHeader).matches() ? originHeader : requestOrigin);
    }

    @Nullable
    String absolute(@Nullable String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String candidate = url.strip();
        if (candidate.startsWith("//")) {
            candidate = origin.substring(0, origin.indexOf(':') + 1) + candidate;
        } else if (candidate.startsWith("/")) {
            candidate = origin + candidate;
        }
        return candidate.length() <= MAX && isAbsoluteHttp(candidate) ? lowerScheme(candidate) : null;
    }

    /** The product's page from a template such as {@code /p/{productId}}, the id encoded as a path segment. */
    @Nullable
    String fromTemplate(@Nullable String template, String productId) {
        if (template == null) {
            return null;
        }
        return absolute(template.replace("{productId}", UriUtils.encodePathSegment(productId, StandardCharsets.UTF_8)));
    }

    /**
     * {@code ^https?://[^\s]+$} as the schema's ECMA-262 engine reads it (its {@code \s} includes Unicode spaces),
     * with a host, and without control characters. A loop, since this runs for every URL of every card.
     */
    static boolean isAbsoluteHttp(String url) {
        int start =
                url.regionMatches(true, 0, "https://", 0, 8) ? 8 : url.regionMatches(true, 0, "http://", 0, 7) ? 7 : -1;
        if (start < 0 || start == url.length() || "/?#".indexOf(url.charAt(start)) >= 0) {
            return false;
        }
        for (int i = start; i < url.length(); i++) {
            char c = url.charAt(i);
            if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\ufeff') {
                return false;
            }
        }
        return true;
    }

    private static String lowerScheme(String url) {
        int colon = url.indexOf(':');
        return url.substring(0, colon).toLowerCase(Locale.ROOT) + url.substring(colon);
    }
}
