package com.recomengine.analytics.internal;

/** A whole day of a tenant: its events and its distinct users, buyers and sessions. */
record DayTotals(long events, long users, long buyers, long sessions) {

    static final DayTotals NONE = new DayTotals(0, 0, 0, 0);
}
