package com.recomengine.recommendations;

import java.util.List;

/** What replaying a purchase log did: lines read, purchases kept by the filter, sent, and the ingestion's counts. */
public record HistoryImportReport(
        long lines,
        long purchases,
        long sent,
        long accepted,
        long duplicates,
        long rejected,
        long shiftDays,
        List<String> rejections,
        long millis) {

    public HistoryImportReport {
        rejections = List.copyOf(rejections);
    }
}
