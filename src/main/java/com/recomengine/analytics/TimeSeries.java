package com.recomengine.analytics;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One metric per bucket, oldest first, every bucket of the range present (0 when nothing happened; a rate with
 * an empty denominator is null). A bucket's {@code start} is its first day; the first and last bucket may be cut
 * by the range.
 */
public record TimeSeries(String metric, String granularity, LocalDate from, LocalDate to, List<Point> points) {

    public record Point(LocalDate start, @Nullable Number value) {}
}
