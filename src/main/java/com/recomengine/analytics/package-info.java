/**
 * Analytics: KPIs, daily time series, top products, breakdowns and CSV export of a tenant's shopper interactions.
 * The events table is the source of truth: a nightly job (and the recompute endpoint) aggregates whole UTC days
 * into daily tables; today (and a recent day not aggregated yet) comes from the live counters and the events table.
 * Also the source of experiment results ({@code ExperimentMetricsSource}).
 */
@org.jspecify.annotations.NullMarked
package com.recomengine.analytics;
