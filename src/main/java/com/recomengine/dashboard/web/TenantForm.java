package com.recomengine.dashboard.web;

import com.recomengine.tenants.TenantConfig;
import com.recomengine.tenants.TenantProfile;
import com.recomengine.tenants.TenantSettings;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * A tenant's name and configuration as the form edits it: origins and excluded categories one a line, numbers as
 * typed (so that "abc" gets a message next to its field rather than a conversion failure).
 */
record TenantForm(
        @NotBlank(message = "Give the tenant a name, e.g. the store's.")
        @Size(max = TenantConfig.MAX_NAME, message = "At most 100 characters.")
        String name,

        @Pattern(regexp = TenantConfig.STRATEGY_PATTERN, message = "Choose one of the strategies.")
        String defaultStrategy,

        @Nullable String allowedOrigins,
        @Nullable Boolean excludePurchased,
        @Nullable String excludedCategories,

        @Pattern(regexp = "\\s*\\d{1,4}\\s*", message = "Enter a number of days between 7 and 730.")
        String retentionDays) {

    static final List<String> STRATEGIES = List.of(TenantConfig.STRATEGY_PATTERN.split("\\|"));
    private static final java.util.regex.Pattern ORIGIN = java.util.regex.Pattern.compile(TenantConfig.ORIGIN_PATTERN);

    static TenantForm blank() {
        return new TenantForm("", "auto", "", true, "", "90");
    }

    static TenantForm of(TenantProfile tenant) {
        TenantSettings s = tenant.settings();
        return new TenantForm(
                tenant.name(),
                s.defaultStrategy(),
                String.join("\n", s.allowedOrigins()),
                s.excludePurchased(),
                String.join("\n", s.excludedCategories()),
                Integer.toString(s.retentionDays()));
    }

    List<String> origins() {
        return lines(allowedOrigins).stream()
                .map(o -> o.endsWith("/") ? o.substring(0, o.length() - 1) : o)
                .toList();
    }

    List<String> categories() {
        return lines(excludedCategories);
    }

    /** The checks bean validation cannot express on the raw text: each origin, the counts, the retention range. */
    void check(Errors errors) {
        List<String> origins = origins();
        origins.stream()
                .filter(o -> !ORIGIN.matcher(o).matches())
                .findFirst()
                .ifPresent(bad -> errors.rejectValue(
                        "allowedOrigins",
                        "origin",
                        "'" + bad + "' is not an origin: write it like "
                                + "https://shop.example.com (scheme, host and an optional port, no path)."));
        if (origins.size() > TenantConfig.MAX_ORIGINS) {
            errors.rejectValue("allowedOrigins", "count", "At most 50 origins.");
        }
        List<String> categories = categories();
        if (categories.size() > TenantConfig.MAX_CATEGORIES
                || categories.stream().anyMatch(c -> c.length() > TenantConfig.MAX_CATEGORY)) {
            errors.rejectValue("excludedCategories", "count", "At most 200 categories of up to 200 characters.");
        }
        if (!errors.hasFieldErrors("retentionDays")) {
            int days = retention();
            if (days < TenantConfig.MIN_RETENTION_DAYS || days > TenantConfig.MAX_RETENTION_DAYS) {
                errors.rejectValue("retentionDays", "range", "Enter a number of days between 7 and 730.");
            }
        }
    }

    TenantConfig config() {
        return new TenantConfig(
                name.strip(),
                defaultStrategy,
                origins(),
                Boolean.TRUE.equals(excludePurchased),
                categories(),
                retention());
    }

    private int retention() {
        return Integer.parseInt(retentionDays.strip());
    }

    private static List<String> lines(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList()));
    }
}
