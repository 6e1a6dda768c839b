package com.recomengine.analytics.internal;

import com.recomengine.analytics.DayRange;
import com.recomengine.analytics.SeriesMetric;
import com.recomengine.shared.TenantId;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The export: one record per day, placement, strategy and arm, in that order, written while the rows are read
 * from a cursor. Empty cells stand for "none" (the {@code -} of the tables) and for a rate with nothing to divide.
 */
@Component
@RequiredArgsConstructor
class CsvExport {

    /** The group's columns, then one column for each series metric in its order (the cells below follow it). */
    static final List<String> HEADER = Stream.concat(
                    Stream.of("date", "placement_id", "strategy", "variant"),
                    Arrays.stream(SeriesMetric.values()).map(SeriesMetric::wireName))
            .toList();

    private final RangeFigures figures;

    void write(TenantId tenant, DayRange range, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
        CsvRows csv = new CsvRows(writer);
        csv.write(HEADER);
        try {
            figures.forEachGroup(tenant, range, row -> {
                GroupFigures group = row.group();
                Counts c = group.counts();
                try {
                    csv.write(List.of(
                            row.day().toString(),
                            text(group.key().placement()),
                            text(group.key().strategy()),
                            text(group.key().variant()),
                            Long.toString(c.impressions()),
                            Long.toString(c.clicks()),
                            rate(Rates.ctr(c)),
                            Long.toString(c.conversions()),
                            rate(Rates.conversionRate(c)),
                            Rates.money(c.revenueCents()).toPlainString(),
                            Long.toString(c.recommendationConversions()),
                            Rates.money(c.recommendationRevenueCents()).toPlainString(),
                            Long.toString(group.users())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    private static String text(String value) {
        return GroupKey.NONE.equals(value) ? "" : value;
    }

    private static String rate(@Nullable Double value) {
        return value == null ? "" : String.format(java.util.Locale.ROOT, "%.6f", value);
    }
}
