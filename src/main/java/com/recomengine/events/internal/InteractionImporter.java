package com.recomengine.events.internal;

import com.recomengine.events.ImportTotals;
import com.recomengine.events.InteractionImport;
import com.recomengine.events.NewInteraction;
import com.recomengine.events.internal.IngestionOutcome.ItemResult;
import com.recomengine.platform.TenantScope;
import com.recomengine.shared.TenantId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link InteractionImport} through {@link InteractionIngestion#ingestBatch}: each batch is built as the JSON the
 * API would have received, so validation, dedup and storage are the API's own. A few batches are in flight at
 * once, which lets the group-commit writer share its commits among them.
 */
@Component
@RequiredArgsConstructor
class InteractionImporter implements InteractionImport {

    private static final int IN_FLIGHT = 4;
    private static final int REASONS_KEPT = 10;

    private final InteractionIngestion ingestion;
    private final EventsProperties properties;

    @Override
    public ImportTotals ingest(TenantId tenant, Stream<NewInteraction> interactions) {
        Semaphore slots = new Semaphore(IN_FLIGHT);
        List<Future<IngestionOutcome>> sent = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            Iterator<NewInteraction> source = interactions.iterator();
            while (source.hasNext()) {
                List<@Nullable JsonNode> batch = new ArrayList<>(properties.maxBatch());
                while (source.hasNext() && batch.size() < properties.maxBatch()) {
                    batch.add(json(source.next()));
                }
                slots.acquireUninterruptibly();
                sent.add(executor.submit(() -> {
                    try {
                        return TenantScope.call(tenant, () -> ingestion.importBatch(tenant, batch));
                    } finally {
                        slots.release();
                    }
                }));
            }
        }
        return total(sent);
    }

    private static ImportTotals total(List<Future<IngestionOutcome>> sent) {
        long accepted = 0;
        long duplicates = 0;
        long rejected = 0;
        List<String> reasons = new ArrayList<>();
        for (Future<IngestionOutcome> future : sent) {
            IngestionOutcome outcome = outcome(future);
            accepted += outcome.accepted();
            duplicates += outcome.duplicates();
            rejected += outcome.rejected();
            for (ItemResult result : outcome.results()) {
                if (result.reason() != null && reasons.size() < REASONS_KEPT) {
                    reasons.add(result.reason());
                }
            }
        }
        return new ImportTotals(accepted, duplicates, rejected, reasons);
    }

    private static IngestionOutcome outcome(Future<IngestionOutcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing interactions", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("importing interactions failed", e.getCause());
        }
    }

    private static JsonNode json(NewInteraction interaction) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("eventType", interaction.type().wireName());
        node.put("userId", interaction.userId());
        putIfPresent(node, "productId", interaction.productId());
        putIfPresent(node, "sessionId", interaction.sessionId());
        putIfPresent(node, "eventId", interaction.eventId());
        node.put("timestamp", interaction.timestamp().toString());
        if (!interaction.metadata().isEmpty()) {
            ObjectNode metadata = node.putObject("metadata");
            for (Map.Entry<String, Object> entry : interaction.metadata().entrySet()) {
                switch (entry.getValue()) {
                    case String text -> metadata.put(entry.getKey(), text);
                    case BigDecimal decimal -> metadata.put(entry.getKey(), decimal);
                    case Long number -> metadata.put(entry.getKey(), number);
                    case Integer number -> metadata.put(entry.getKey(), number);
                    case Double number -> metadata.put(entry.getKey(), number);
                    case Boolean flag -> metadata.put(entry.getKey(), flag);
                    default -> metadata.put(entry.getKey(), entry.getValue().toString());
                }
            }
        }
        return node;
    }

    private static void putIfPresent(ObjectNode node, String field, @Nullable String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
