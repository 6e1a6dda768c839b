package com.recomengine.events;

import java.util.List;

/** What a bulk ingestion did: counts as the batch API reports them, and the first few rejection reasons. */
public record ImportTotals(long accepted, long duplicates, long rejected, List<String> rejections) {

    public ImportTotals {
        rejections = List.copyOf(rejections);
    }
}
