package com.recomengine.platform.internal.logging;

import java.util.List;
import java.util.regex.Pattern;

/** What never reaches a log line: API keys, bearer tokens, JWTs, passwords and secrets in key=value form. */
public final class Redaction {

    static final List<String> PATTERNS = List.of(
            "rk_(?:live|pub)_[A-Za-z0-9]{8,}",
            "(?i)bearer\\s+[A-Za-z0-9._~+/=-]+",
            "eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]+",
            "(?i)(?<=(password|secret|token|authorization|api[-_]?key)[\"']?\\s{0,3}[=:]\\s{0,3}[\"']?)[^\\s\"',&}]+");

    private static final Pattern ANY = Pattern.compile(String.join("|", PATTERNS));

    private Redaction() {}

    public static String redact(String message) {
        return message == null ? null : ANY.matcher(message).replaceAll("[REDACTED]");
    }
}
