package com.recomengine.platform;

/** A consumer of a stream's group ({@code XINFO CONSUMERS}): entries it holds unacknowledged, ms since it read. */
public record StreamConsumer(String name, long pending, long idleMillis) {}
