package com.recomengine.analytics.internal;

/** One placement × strategy × arm of one day; {@code users} are its distinct users that day. */
record GroupFigures(GroupKey key, Counts counts, long users) {}
