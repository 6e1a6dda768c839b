package com.recomengine.dashboard.web;

import static com.recomengine.shared.security.TenantPermission.ANALYTICS_READ;
import static com.recomengine.shared.security.TenantPermission.AUDIT_READ;
import static com.recomengine.shared.security.TenantPermission.CATALOG_READ;
import static com.recomengine.shared.security.TenantPermission.EXPERIMENTS_READ;
import static com.recomengine.shared.security.TenantPermission.KEYS;
import static com.recomengine.shared.security.TenantPermission.MEMBERS_READ;
import static com.recomengine.shared.security.TenantPermission.RULES_READ;
import static com.recomengine.shared.security.TenantPermission.TENANT_CONFIGURE;
import static com.recomengine.shared.security.TenantPermission.TENANT_READ;
import static com.recomengine.shared.security.TenantPermission.WIDGETS_READ;

import com.recomengine.shared.security.TenantPermission;
import java.util.List;

/**
 * The sections of a tenant's pages, in the order the side navigation lists them, each with the permission its page
 * declares: the navigation shows a member only the sections their role opens.
 */
public final class Sections {

    public record Section(String key, String label, String path, TenantPermission permission) {}

    public static final List<Section> ALL = List.of(
            new Section("overview", "Overview", "", TENANT_READ),
            new Section("keys", "API keys", "/keys", KEYS),
            new Section("catalog", "Catalog", "/catalog", CATALOG_READ),
            new Section("widgets", "Widgets", "/widgets", WIDGETS_READ),
            new Section("rules", "Rules", "/rules", RULES_READ),
            new Section("experiments", "Experiments", "/experiments", EXPERIMENTS_READ),
            new Section("analytics", "Analytics", "/analytics", ANALYTICS_READ),
            new Section("live", "Live events", "/live", ANALYTICS_READ),
            new Section("health", "Integration health", "/health", TENANT_READ),
            new Section("quality", "Model quality", "/quality", ANALYTICS_READ),
            new Section("members", "Members", "/members", MEMBERS_READ),
            new Section("audit", "Audit log", "/audit", AUDIT_READ),
            new Section("settings", "Settings", "/settings", TENANT_CONFIGURE));

    private Sections() {}

    static String path(String key) {
        return ALL.stream()
                .filter(s -> s.key().equals(key))
                .map(Section::path)
                .findFirst()
                .orElse("");
    }
}
