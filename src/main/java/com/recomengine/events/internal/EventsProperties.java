package com.recomengine.events.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code recomengine.events.*}: ingestion limits, the group-commit writer, dedup and partition upkeep.
 *
 * @param writers          how many writer threads gather concurrent requests into one insert each
 * @param maxRowsPerFlush  the most rows one insert takes (a request is never split across two)
 * @param writeTimeout     how long a request waits for its rows' commit before answering 503 (retry-safe)
 * @param dedupWindow      how long Redis remembers a stored event (the database remembers for the retention)
 * @param monthsAhead      partitions kept ready beyond the current month
 * @param retentionDays    retention of tenants that did not choose one; partitions are kept for the longest
 */
@ConfigurationProperties("recomengine.events")
public record EventsProperties(
        @DefaultValue("1000") int maxBatch,
        @DefaultValue("4096") int maxMetadataBytes,
        @DefaultValue("5m") Duration maxClockSkew,
        @DefaultValue("2") int writers,
        @DefaultValue("10000") int maxRowsPerFlush,
        @DefaultValue("10s") Duration writeTimeout,
        @DefaultValue("24h") Duration dedupWindow,
        @DefaultValue("3") int monthsAhead,
        @DefaultValue("90") int retentionDays,
        @DefaultValue("24h") Duration replyWindow,
        @DefaultValue("72h") Duration liveCountsKept) {}
