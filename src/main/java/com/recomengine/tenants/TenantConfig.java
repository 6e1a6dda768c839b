package com.recomengine.tenants;

import com.recomengine.shared.problem.Problems;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What an admin sets on a tenant: name, default strategy, browser origins allowed to use its publishable keys,
 * recommendation exclusions and how long interactions are kept. Null fields stay as they are. Checked here, so
 * that no caller can store a value the API would refuse (a 400 problem naming the field).
 */
public record TenantConfig(
        @Nullable String name,
        @Nullable String defaultStrategy,
        @Nullable List<String> allowedOrigins,
        @Nullable Boolean excludePurchased,
        @Nullable List<String> excludedCategories,
        @Nullable Integer retentionDays) {

    public static final String STRATEGY_PATTERN =
            "auto|collaborative|content_based|trending|frequently_bought_together|popular";
    public static final String ORIGIN_PATTERN = "https?://[A-Za-z0-9.-]+(:[0-9]{1,5}|:\\*)?";
    public static final int MAX_NAME = 100;
    public static final int MAX_ORIGINS = 50;
    public static final int MAX_CATEGORIES = 200;
    public static final int MAX_CATEGORY = 200;
    public static final int MIN_RETENTION_DAYS = 7;
    public static final int MAX_RETENTION_DAYS = 730;

    private static final Pattern STRATEGY = Pattern.compile(STRATEGY_PATTERN);
    private static final Pattern ORIGIN = Pattern.compile(ORIGIN_PATTERN);

    public TenantConfig {
        if (name != null && (name.isBlank() || name.strip().length() > MAX_NAME)) {
            throw Problems.invalid("name", "must be 1-" + MAX_NAME + " characters");
        }
        if (defaultStrategy != null && !STRATEGY.matcher(defaultStrategy).matches()) {
            throw Problems.invalid("defaultStrategy", "must be one of " + STRATEGY_PATTERN);
        }
        if (allowedOrigins != null) {
            allowedOrigins = List.copyOf(allowedOrigins);
            if (allowedOrigins.size() > MAX_ORIGINS
                    || allowedOrigins.stream().anyMatch(o -> !ORIGIN.matcher(o).matches())) {
                throw Problems.invalid(
                        "allowedOrigins",
                        "must be at most " + MAX_ORIGINS
                                + " origins like https://shop.example.com (or http://localhost:* for any port)");
            }
        }
        if (excludedCategories != null) {
            excludedCategories = List.copyOf(excludedCategories);
            if (excludedCategories.size() > MAX_CATEGORIES
                    || excludedCategories.stream().anyMatch(c -> c.isBlank() || c.length() > MAX_CATEGORY)) {
                throw Problems.invalid(
                        "excludedCategories",
                        "must be at most " + MAX_CATEGORIES + " names of 1-" + MAX_CATEGORY + " characters");
            }
        }
        if (retentionDays != null && (retentionDays < MIN_RETENTION_DAYS || retentionDays > MAX_RETENTION_DAYS)) {
            throw Problems.invalid(
                    "retentionDays", "must be between " + MIN_RETENTION_DAYS + " and " + MAX_RETENTION_DAYS);
        }
    }
}
