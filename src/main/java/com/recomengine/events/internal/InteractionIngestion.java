package com.recomengine.events.internal;

import com.recomengine.events.internal.IngestionOutcome.ItemResult;
import com.recomengine.events.internal.ParsedInteraction.Rejected;
import com.recomengine.events.internal.ParsedInteraction.Valid;
import com.recomengine.events.internal.RedisDedup.Seen;
import com.recomengine.platform.DatabaseCircuit;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.ProblemException;
import com.recomengine.shared.problem.ProblemKind;
import com.recomengine.shared.problem.Problems;
import com.recomengine.tenants.TenantSettings;
import com.recomengine.tenants.Tenants;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Ingestion of a request's events: validate each, hand the valid ones to the group-commit writer (which asks Redis
 * which are known to be stored and writes the rest) and wait for their commit, then answer per event. A 2xx therefore always means durable: in
 * PostgreSQL, or, when PostgreSQL is unreachable, in the Redis spool that the {@link SpoolDrainer} stores from when it
 * answers again (the outcome then says {@code spooled}). When neither holds the events nothing is acknowledged and
 * the caller may retry (retries are deduplicated).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
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
    private final InteractionSpool spool;
    private final SpoolMetrics spoolMetrics;
    private final DatabaseCircuit database;
    private final RejectionLog rejections;
    private final Clock clock = Clock.systemUTC();

    /** The answer to a batch, and whether it is the replay of an earlier answer to the same Idempotency-Key. */
    public record BatchReply(IngestionOutcome outcome, boolean replayed) {}

    /**
     * One event: {@code accepted}, {@code duplicate}, or {@code spooled} (accepted into the spool while PostgreSQL
     * is unreachable), or a 400 problem naming the field at fault.
     */
    public IngestionOutcome.Status ingestOne(TenantId tenant, JsonNode event) {
        List<JsonNode> single = new ArrayList<>(1);
        single.add(event);
        Ingested ingested = ingestAll(tenant, single);
        if (ingested.parsed[0] instanceof Rejected rejected) {
            throw Problems.invalid(rejected.field(), rejected.reason());
        }
        if (ingested.outcome.accepted() == 1) {
            return ingested.outcome.spooled() ? IngestionOutcome.Status.SPOOLED : IngestionOutcome.Status.ACCEPTED;
        }
        return IngestionOutcome.Status.DUPLICATE;
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
        var previous = previousReply(tenant, idempotencyKey);
        if (previous.isPresent()) {
            return replay(previous.get(), hash);
        }
        IngestionOutcome outcome = ingestAll(tenant, events).outcome;
        if (outcome.spooled()) {
            // No reply is kept without PostgreSQL; a retry is answered afresh, its events deduplicated one by one.
            return new BatchReply(outcome, false);
        }
        if (replies.save(tenant, idempotencyKey, hash, json.writeValueAsString(outcome))) {
            return new BatchReply(outcome, false);
        }
        return replies.find(tenant, idempotencyKey)
                .map(reply -> replay(reply, hash))
                .orElse(new BatchReply(outcome, false));
    }

    /**
     * A batch of a server-side import ({@link InteractionImporter}): stored as an API batch, but its duplicates and
     * rejections go back to the importer only, not into the tenant's log of what its integration sent today.
     */
    IngestionOutcome importBatch(TenantId tenant, List<@Nullable JsonNode> events) {
        return ingestAll(tenant, events, false).outcome;
    }

    /** The first answer to this key; none while PostgreSQL is unreachable (the batch then spools). */
    private Optional<BatchReplies.StoredReply> previousReply(TenantId tenant, String idempotencyKey) {
        if (database.isOpen()) {
            return Optional.empty();
        }
        try {
            return replies.find(tenant, idempotencyKey);
        } catch (RuntimeException e) {
            if (database.markUnreachable(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private record Ingested(ParsedInteraction[] parsed, IngestionOutcome outcome) {}

    private Ingested ingestAll(TenantId tenant, List<@Nullable JsonNode> events) {
        return ingestAll(tenant, events, true);
    }

    private Ingested ingestAll(TenantId tenant, List<@Nullable JsonNode> events, boolean logRejections) {
        TenantSettings settings = tenants.settings(tenant).orElseThrow(() -> Problems.notFound("Tenant", tenant));
        retention.observe(tenant, settings.retentionDays());
        AcceptanceWindow window =
                new AcceptanceWindow(clock.instant(), settings.retentionDays(), properties.maxClockSkew());
        ParsedInteraction[] parsed = new ParsedInteraction[events.size()];
        List<IncomingInteraction> valid = new ArrayList<>(events.size());
        for (int i = 0; i < parsed.length; i++) {
            parsed[i] = parser.parse(events.get(i), tenant, window);
            if (parsed[i] instanceof Valid ok) {
                valid.add(ok.interaction());
            }
        }
        Stored stored = store(tenant, valid);
        IngestionOutcome outcome = outcome(parsed, stored.fresh());
        outcome = stored.spooled() ? outcome.spooledNow() : outcome;
        metrics.request(events.size(), outcome.accepted(), outcome.duplicates(), outcome.rejected());
        if (logRejections) {
            rejections.record(tenant, events, outcome);
        }
        return new Ingested(parsed, outcome);
    }

    /** Per row whether it was new; {@code spooled} when the rows went to the spool instead of PostgreSQL. */
    private record Stored(boolean[] fresh, boolean spooled) {}

    private Stored store(TenantId tenant, List<IncomingInteraction> rows) {
        if (database.isOpen() && !rows.isEmpty()) {
            return spool(tenant, rows);
        }
        try {
            return new Stored(
                    writer.write(rows).get(properties.writeTimeout().toMillis(), TimeUnit.MILLISECONDS), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notStored();
        } catch (ExecutionException e) {
            if (DatabaseCircuit.unreachable(e.getCause())) {
                return spool(tenant, rows);
            }
            throw notStored();
        } catch (TimeoutException e) {
            throw notStored();
        }
    }

    /**
     * PostgreSQL is unreachable: the request's rows that Redis does not know to be stored go to the spool as one
     * entry, copies within the request once (the first counts as accepted, like the writer's answer). Their dedup
     * keys stay claimed without a commit marker until the drain commits them, so a retry meanwhile spools again and
     * the drain stores the event once.
     */
    private Stored spool(TenantId tenant, List<IncomingInteraction> rows) {
        RedisDedup.Claim claim = dedup.claim(tenant, rows);
        Set<IncomingInteraction.RowKey> seen = new HashSet<>();
        boolean[] fresh = new boolean[rows.size()];
        List<IncomingInteraction> unique = new ArrayList<>(rows.size());
        for (int i = 0; i < fresh.length; i++) {
            fresh[i] = claim.seen()[i] == Seen.UNKNOWN && seen.add(rows.get(i).rowKey());
            if (fresh[i]) {
                unique.add(rows.get(i));
            }
        }
        if (!spool.append(new SpoolEntry(claim.tenant(), claim.requestId(), unique))) {
            throw notStored();
        }
        spoolMetrics.spooled(unique.size());
        return new Stored(fresh, true);
    }

    /** The claim's keys stay, but without a commit marker they send a retry to the database. */
    private static ProblemException notStored() {
        return Problems.unavailable("The events could not be stored, so none was acknowledged; retry shortly "
                + "(a retry never stores an event twice).");
    }

    private static IngestionOutcome outcome(ParsedInteraction[] parsed, boolean[] fresh) {
        List<ItemResult> results = new ArrayList<>();
        int accepted = 0;
        int duplicates = 0;
        int rejected = 0;
        int validIndex = 0;
        for (int i = 0; i < parsed.length; i++) {
            if (parsed[i] instanceof Rejected bad) {
                rejected++;
                results.add(new ItemResult(i, IngestionOutcome.Status.REJECTED, bad.describe()));
                continue;
            }
            if (fresh[validIndex++]) {
                accepted++;
            } else {
                duplicates++;
                results.add(new ItemResult(i, IngestionOutcome.Status.DUPLICATE, null));
            }
        }
        return new IngestionOutcome(accepted, duplicates, rejected, results);
    }

    private BatchReply replay(BatchReplies.StoredReply reply, String hash) {
        if (!reply.requestHash().equals(hash)) {
            throw new ProblemException(
                    ProblemKind.UNPROCESSABLE,
                    "idempotency-key-reused",
                    "Idempotency-Key reused",
                    "This Idempotency-Key was first used with a different batch; " + "use a new key for new events.",
                    Map.of());
        }
        return new BatchReply(json.readValue(reply.reply(), IngestionOutcome.class), true);
    }

    private String hash(List<@Nullable JsonNode> events) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(events)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
