package com.recomengine.dashboard.web;

import java.util.List;

/** The sections of a tenant's pages, in the order the side navigation lists them. */
public final class Sections {

    public record Section(String key, String label, String path) {}

    public static final List<Section> ALL = List.of(
            new Section("overview", "Overview", ""),
            new Section("keys", "API keys", "/keys"),
            new Section("catalog", "Catalog", "/catalog"),
            new Section("widgets", "Widgets", "/widgets"),
            new Section("experiments", "Experiments", "/experiments"),
            new Section("analytics", "Analytics", "/analytics"),
            new Section("live", "Live events", "/live"),
            new Section("health", "Integration health", "/health"),
            new Section("quality", "Model quality", "/quality"),
            new Section("settings", "Settings", "/settings"));

    private Sections() {}

    static String path(String key) {
        return ALL.stream()
                .filter(s -> s.key().equals(key))
                .map(Section::path)
                .findFirst()
                .orElse("");
    }
}
