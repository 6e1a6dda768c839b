package com.recomengine.catalog.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code recomengine.catalog.*}: bulk limits, how long tombstones guard against late writes, and the sizes of the
 * in-process caches (availability sets, product summaries, search pages).
 */
@ConfigurationProperties("recomengine.catalog")
record CatalogProperties(
        @DefaultValue("10000") int maxBatchSize,
        @DefaultValue("5000") int importChunkSize,
        @DefaultValue("1000") int maxReportedItems,
        @DefaultValue("30d") Duration tombstoneRetention,
        @DefaultValue("5000000") long availabilityCapacity,
        @DefaultValue("5m") Duration availabilityRefresh,
        @DefaultValue("200000") long summaryCacheSize,
        @DefaultValue("20000") long searchCacheSize,
        @DefaultValue("30s") Duration searchCacheTtl) {}
