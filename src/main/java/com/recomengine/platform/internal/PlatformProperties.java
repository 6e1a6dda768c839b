package com.recomengine.platform.internal;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code recomengine.platform.*}: where the data lives, which Redis, secrets and request body limits. */
@ConfigurationProperties("recomengine.platform")
public record PlatformProperties(
        @DefaultValue("./.data") Path dataDir,
        @DefaultValue Db db,
        @DefaultValue Redis redis,
        @DefaultValue Secrets secrets,
        @DefaultValue Limits limits) {

    public record Db(
            @Nullable String url,
            @DefaultValue("recomengine_app") String username,
            @Nullable String password,
            @DefaultValue("postgres") String ownerUsername,
            @Nullable String ownerPassword,
            @DefaultValue("recomengine_maintenance") String maintenanceRole,
            @DefaultValue("15432") int embeddedPort,
            @DefaultValue("20") int maxPoolSize,
            @DefaultValue("-1") int minIdle) {

        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    public record Redis(
            @Nullable String url, @DefaultValue("500ms") java.time.Duration timeout) {

        public boolean configured() {
            return url != null && !url.isBlank();
        }
    }

    public record Secrets(
            @Nullable String jwtSecret,
            @Nullable String apiKeyHmacSecret,
            @Nullable String internalKey) {}

    /**
     * Body caps, the failed key checks one client address may make a minute before it is refused without a lookup,
     * and the platform's ceiling on the per-tenant rate limits (a tenant admin cannot set more).
     */
    public record Limits(
            @DefaultValue("1048576") long maxBodyBytes,
            @DefaultValue("33554432") long maxBulkBodyBytes,
            @DefaultValue("30") long failedKeyChecksPerIpPerMinute) {}
}
