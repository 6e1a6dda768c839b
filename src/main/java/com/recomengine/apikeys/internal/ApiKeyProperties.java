package com.recomengine.apikeys.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code recomengine.apikeys.*}: default per-key limits (a tenant may override them) and the platform's ceiling on
 * those overrides, which only the operator sets ({@code max-reads-per-minute}, {@code max-writes-per-minute}; the
 * tenants module refuses an override above it, and a value stored before the ceiling was lowered is capped here).
 */
@ConfigurationProperties("recomengine.apikeys")
record ApiKeyProperties(
        @DefaultValue("1000") long readsPerMinute,
        @DefaultValue("500") long writesPerMinute,
        @DefaultValue("10000") long maxReadsPerMinute,
        @DefaultValue("5000") long maxWritesPerMinute) {}
