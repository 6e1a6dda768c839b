package com.recomengine.events.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.recomengine.events.RejectionSummary;
import com.recomengine.events.internal.IngestionOutcome.ItemResult;
import com.recomengine.platform.RedisLink;
import com.recomengine.shared.TenantId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RejectionLogTests {

    private final JsonMapper json = JsonMapper.builder().build();
    private final RejectionLog log = new RejectionLog(RedisLink.none());
    private final TenantId tenant = new TenantId(UUID.randomUUID());

    @Test
    void keepsCountsPerReasonAndTheLastTwentyExamplesInMemoryWithoutRedis() {
        List<@Nullable JsonNode> events = new ArrayList<>();
        List<ItemResult> results = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            events.add(json.readTree("{\"eventType\":\"view\",\"n\":" + i + "}"));
            results.add(
                    i % 5 == 0
                            ? new ItemResult(i, IngestionOutcome.Status.DUPLICATE, null)
                            : new ItemResult(i, IngestionOutcome.Status.REJECTED, "n: unknown field"));
        }
        events.add(null);
        results.add(new ItemResult(25, IngestionOutcome.Status.REJECTED, "event: must be a JSON object"));

        log.record(tenant, events, new IngestionOutcome(0, 5, 21, results));
        RejectionSummary summary = awaitReasons(tenant, 3);

        assertThat(summary.reasons())
                .containsExactly(
                        new RejectionSummary.ReasonCount("n: unknown field", 20),
                        new RejectionSummary.ReasonCount("duplicate", 5),
                        new RejectionSummary.ReasonCount("event: must be a JSON object", 1));
        assertThat(summary.duplicates()).isEqualTo(5);
        assertThat(summary.rejected()).isEqualTo(21);
        assertThat(summary.recent()).hasSize(RejectionLog.RECENT);
        assertThat(summary.recent().getFirst().eventType()).isEqualTo("?");
        assertThat(summary.recent().getFirst().reason()).isEqualTo("event: must be a JSON object");
        assertThat(log.today(new TenantId(UUID.randomUUID())).reasons())
                .as("other tenants see none")
                .isEmpty();
    }

    @Test
    void recordsNothingForABatchWithoutDuplicatesOrRejections() {
        log.record(tenant, List.of(json.readTree("{}")), new IngestionOutcome(1, 0, 0, List.of()));
        await("nothing recorded for a while")
                .dontCatchUncaughtExceptions()
                .during(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .failFast("something was recorded", () -> !nothingRecorded())
                .until(this::nothingRecorded);
        assertThat(log.today(tenant).reasons()).isEmpty();
        assertThat(log.today(tenant).recent()).isEmpty();
    }

    private boolean nothingRecorded() {
        RejectionSummary summary = log.today(tenant);
        return summary.reasons().isEmpty() && summary.recent().isEmpty();
    }

    private RejectionSummary awaitReasons(TenantId tenant, int reasons) {
        return await("at least " + reasons + " reasons recorded")
                .dontCatchUncaughtExceptions()
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> log.today(tenant), summary -> summary.reasons().size() >= reasons);
    }
}
