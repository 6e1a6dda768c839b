package com.recomengine.events.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Ingestion meters: events by outcome ({@code recomengine.events.ingested}, tags accepted / duplicate / rejected;
 * the dedup rate is duplicate over the sum), request batch sizes, and per flush the insert latency and rows.
 */
@Component
class IngestionMetrics {

    private final Counter accepted;
    private final Counter duplicates;
    private final Counter rejected;
    private final DistributionSummary batchSize;
    private final DistributionSummary flushRows;
    private final Timer insert;

    IngestionMetrics(MeterRegistry registry) {
        this.accepted = outcome(registry, "accepted");
        this.duplicates = outcome(registry, "duplicate");
        this.rejected = outcome(registry, "rejected");
        this.batchSize = DistributionSummary.builder("recomengine.events.batch.size")
                .description("Events per ingestion request")
                .publishPercentileHistogram()
                .register(registry);
        this.flushRows = DistributionSummary.builder("recomengine.events.flush.rows")
                .description("Rows per group-commit insert")
                .publishPercentileHistogram()
                .register(registry);
        this.insert = Timer.builder("recomengine.events.insert")
                .description("Latency of one group-commit insert, commit included")
                .publishPercentileHistogram()
                .register(registry);
    }

    void request(int size, int acceptedCount, int duplicateCount, int rejectedCount) {
        batchSize.record(size);
        accepted.increment(acceptedCount);
        duplicates.increment(duplicateCount);
        rejected.increment(rejectedCount);
    }

    void flushed(int rows, long nanos) {
        flushRows.record(rows);
        insert.record(nanos, TimeUnit.NANOSECONDS);
    }

    private static Counter outcome(MeterRegistry registry, String outcome) {
        return Counter.builder("recomengine.events.ingested")
                .tag("outcome", outcome)
                .description("Events received, by outcome")
                .register(registry);
    }
}
