package com.recomengine.events.internal;

import com.recomengine.events.internal.IngestionOutcome.ItemResult;
import com.recomengine.events.internal.ParsedInteraction.Rejected;
import com.recomengine.events.internal.ParsedInteraction.Valid;
import com.recomengine.events.internal.RedisDedup.Seen;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.ProblemException;
import com.recomengine.shared.problem.Problems;
import com.recomengine.tenants.TenantSettings;
import com.recomengine.tenants.Tenants;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Ingestion of a request's events: validate each, ask Redis which are known to be stored, hand the rest to the
 * group-commit writer and wait for their commit, then answer per event. A 2xx therefore always means durable in
 * PostgreSQL; when storing fails nothing is acknowledged and the caller may retry (retries are deduplicated).
 */
@Service
public class InteractionIngestion {

    private final Tenants tenants;
    private final InteractionParser parser;
    private final RedisDedup dedup;
    private final GroupCommitWriter writer;
    private final BatchReplies replies;
    private final RetentionHorizon retention;
    private final IngestionMetrics metrics;
    private final EventsProperties properties;
    private final ObjectMapper json;
    private final RejectionLog rejections;
    private final Clock clock = Clock.systemUTC();

    InteractionIngestion(Tenants tenants, InteractionParser parser, RedisDedup dedup, GroupCommitWriter writer,
                         BatchReplies replies, RetentionHorizon retention, IngestionMetrics metrics,
                         EventsProperties properties, ObjectMapper json, RejectionLog rejections) {
        this.tenants = tenants;
        this.parser = parser;
        this.dedup = dedup;
        this.writer = writer;
        this.replies = replies;
        this.retention = retention;
        this.metrics = metrics;
        this.properties = properties;
        this.json = json;
        this.rejections = rejections;
    }

    /** The answer to a batch, and whether it is the replay of an earlier answer to the same Idempotency-Key. */
    public record BatchReply(IngestionOutcome outcome, boolean replayed) {}

    /** One event: accepted or duplicate, or a 400 problem naming the field at fault. */
    public String ingestOne(TenantId tenant, JsonNode event) {
        List<JsonNode> single = new ArrayList<>(1);
        single.add(event);
        Ingested ingested = ingestAll(tenant, single);
        if (ingested.parsed[0] instanceof Rejected rejected) {
            throw Problems.invalid(rejected.field(), rejected.reason());
        }
        return ingested.outcome.accepted() == 1 ? ItemResult.ACCEPTED : ItemResult.DUPLICATE;
    }

    /** A batch: every event answered by index; bad events rejected with their reason, the others stored. */
    public BatchReply ingestBatch(TenantId tenant, List<@Nullable JsonNode> events, @Nullable String idempotencyKey) {
        if (events.isEmpty() || events.size() > properties.maxBatch()) {
            throw Problems.invalid("events", "must hold 1 to " + properties.maxBatch() + " events");
        }
        if (idempotencyKey == null) {
            return new BatchReply(ingestAll(tenant, events).outcome, false);
        }
        if (!InteractionParser.printable(idempotencyKey)) {
            throw Problems.invalid("Idempotency-Key", "must be 1 to 256 printable characters");
        }
        String hash = hash(events);
        var previous = replies.find(tenant, idempotencyKey);
        if (previous.isPresent()) {
            return replay(previous.get(), hash);
        }
        IngestionOutcome outcome = ingestAll(tenant, events).outcome;
        if (replies.save(tenant, idempotencyKey, hash, json.writeValueAsString(outcome))) {
            return new BatchReply(outcome, false);
        }
        return replies.find(tenant, idempotencyKey).map(reply -> replay(reply, hash))
                .orElse(new BatchReply(outcome, false));
    }

    private record Ingested(ParsedInteraction[] parsed, IngestionOutcome outcome) {}

    private Ingested ingestAll(TenantId tenant, List<@Nullable JsonNode> events) {
        TenantSettings settings = tenants.settings(tenant).orElseThrow(() -> Problems.notFound("Tenant", tenant));
        retention.observe(tenant, settings.retentionDays());
        AcceptanceWindow window = new AcceptanceWindow(clock.instant(), settings.retentionDays(),
                properties.maxClockSkew());
        ParsedInteraction[] parsed = new ParsedInteraction[events.size()];
        List<IncomingInteraction> valid = new ArrayList<>(events.size());
        for (int i = 0; i < parsed.length; i++) {
            parsed[i] = parser.parse(events.get(i), tenant, window);
            if (parsed[i] instanceof Valid ok) {
                valid.add(ok.interaction());
            }
        }
        RedisDedup.Claim claim = dedup.claim(tenant, valid);
        Seen[] seen = claim.seen();
        List<IncomingInteraction> unknown = new ArrayList<>(valid.size());
        for (int i = 0; i < seen.length; i++) {
            if (seen[i] == Seen.UNKNOWN) {
                unknown.add(valid.get(i));
            }
        }
        boolean[] fresh = store(unknown, claim);
        IngestionOutcome outcome = outcome(parsed, seen, fresh);
        metrics.request(events.size(), outcome.accepted(), outcome.duplicates(), outcome.rejected());
        rejections.record(tenant, events, outcome);
        return new Ingested(parsed, outcome);
    }

    private boolean[] store(List<IncomingInteraction> rows, RedisDedup.Claim claim) {
        try {
            return writer.write(rows, claim).get(properties.writeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notStored();
        } catch (ExecutionException | TimeoutException e) {
            throw notStored();
        }
    }

    /** The claim's keys stay, but without a commit marker they send a retry to the database. */
    private static ProblemException notStored() {
        return Problems.unavailable("The events could not be stored, so none was acknowledged; retry shortly "
                + "(a retry never stores an event twice).");
    }

    private static IngestionOutcome outcome(ParsedInteraction[] parsed, Seen[] seen, boolean[] fresh) {
        List<ItemResult> results = new ArrayList<>();
        int accepted = 0;
        int duplicates = 0;
        int rejected = 0;
        int validIndex = 0;
        int writtenIndex = 0;
        for (int i = 0; i < parsed.length; i++) {
            if (parsed[i] instanceof Rejected bad) {
                rejected++;
                results.add(new ItemResult(i, ItemResult.REJECTED, bad.describe()));
                continue;
            }
            boolean isNew = seen[validIndex++] == Seen.UNKNOWN && fresh[writtenIndex++];
            if (isNew) {
                accepted++;
            } else {
                duplicates++;
                results.add(new ItemResult(i, ItemResult.DUPLICATE, null));
            }
        }
        return new IngestionOutcome(accepted, duplicates, rejected, results);
    }

    private BatchReply replay(BatchReplies.StoredReply reply, String hash) {
        if (!reply.requestHash().equals(hash)) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                    "Idempotency-Key reused", "This Idempotency-Key was first used with a different batch; "
                    + "use a new key for new events.", Map.of());
        }
        return new BatchReply(json.readValue(reply.reply(), IngestionOutcome.class), true);
    }

    private String hash(List<@Nullable JsonNode> events) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(events)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
