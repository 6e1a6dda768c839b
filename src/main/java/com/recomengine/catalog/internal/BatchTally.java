package com.recomengine.catalog.internal;

import com.recomengine.catalog.BatchReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;

/** Counts a bulk write's outcomes and collects the non-accepted items, reported in index order. */
@RequiredArgsConstructor
final class BatchTally {

    private final int offset;
    private int duplicates;
    private int stale;
    private int rejected;
    private final List<BatchReport.Item> items = new ArrayList<>();

    void rejected(int index, @Nullable String productId, String reason) {
        rejected++;
        items.add(new BatchReport.Item(offset + index, productId, BatchReport.Status.REJECTED, reason));
    }

    void duplicate(int index, String productId, String reason) {
        duplicates++;
        items.add(new BatchReport.Item(offset + index, productId, BatchReport.Status.DUPLICATE, reason));
    }

    void notFound(int index, String productId, String reason) {
        duplicates++;
        items.add(new BatchReport.Item(offset + index, productId, BatchReport.Status.NOT_FOUND, reason));
    }

    void stale(int index, String productId, String reason) {
        stale++;
        items.add(new BatchReport.Item(offset + index, productId, BatchReport.Status.STALE, reason));
    }

    BatchReport report(int accepted) {
        items.sort(Comparator.comparingInt(BatchReport.Item::index));
        return new BatchReport(accepted, duplicates, stale, rejected, List.copyOf(items));
    }

    /** Adds {@code next} to {@code sum}, keeping at most {@code maxItems} items. */
    static BatchReport merge(BatchReport sum, BatchReport next, int maxItems) {
        List<BatchReport.Item> items = new ArrayList<>(sum.results());
        next.results().stream().limit(Math.max(0, maxItems - items.size())).forEach(items::add);
        return new BatchReport(
                sum.accepted() + next.accepted(),
                sum.duplicates() + next.duplicates(),
                sum.stale() + next.stale(),
                sum.rejected() + next.rejected(),
                List.copyOf(items));
    }
}
