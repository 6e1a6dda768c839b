package com.recomengine.analytics;

import java.time.LocalDate;

/** What a recompute did: the days it aggregated again from the events table, their events, and how long it took. */
public record RecomputeReport(LocalDate from, LocalDate to, int days, long events, long millis) {}
