package com.recomengine.dashboard.web;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/** Redirect targets taken from a request are reduced to a path of this site, never another origin. */
final class SafeRedirects {

    private SafeRedirects() {}

    static String localPath(@Nullable String url, String fallback) {
        if (url == null || url.isBlank()) {
            return fallback;
        }
        try {
            URI uri = URI.create(url.strip());
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return fallback;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
