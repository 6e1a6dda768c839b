package com.recomengine.dashboard.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The light/dark choice, kept in a cookie so that the server renders the page in it (no flash of the other theme).
 * The toggle's script sets the same cookie without a round trip; this is the form post for browsers without it.
 */
@Controller
class ThemeController {

    static final String COOKIE = "re_theme";

    @PostMapping("/theme")
    String choose(
            @RequestParam(defaultValue = "") String theme,
            @RequestHeader(name = HttpHeaders.REFERER, required = false) @Nullable String referer,
            HttpServletRequest request,
            HttpServletResponse response) {
        String chosen = valid(theme);
        response.addHeader(
                HttpHeaders.SET_COOKIE,
                ResponseCookie.from(COOKIE, chosen == null ? "" : chosen)
                        .path("/")
                        .secure(request.isSecure())
                        .sameSite("Lax")
                        .maxAge(chosen == null ? Duration.ZERO : Duration.ofDays(365))
                        .build()
                        .toString());
        return "redirect:" + SafeRedirects.localPath(referer, "/dashboard");
    }

    static @Nullable String valid(@Nullable String theme) {
        return "light".equals(theme) || "dark".equals(theme) ? theme : null;
    }
}
