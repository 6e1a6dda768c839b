package com.recomengine.events.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code recomengine.events.spool.*}: the Redis Stream that holds accepted events while PostgreSQL is unreachable.
 *
 * @param stream    the stream's key (one stream for every tenant; each entry names its tenant)
 * @param poll      how often each instance looks for entries to drain when it found none
 * @param claimIdle how long an entry may sit unacknowledged with a consumer before another instance takes it over
 * @param perRead   entries taken per read
 */
@ConfigurationProperties("recomengine.events.spool")
record SpoolProperties(
        @DefaultValue("events:spool") String stream,
        @DefaultValue("500ms") Duration poll,
        @DefaultValue("30s") Duration claimIdle,
        @DefaultValue("50") int perRead) {}
