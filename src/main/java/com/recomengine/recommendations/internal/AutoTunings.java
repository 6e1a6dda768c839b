package com.recomengine.recommendations.internal;

import com.recomengine.recommendations.AutoTuningReport;
import com.recomengine.recommendations.model.Blend;
import com.recomengine.recommendations.model.BlendRecommender;
import com.recomengine.recommendations.model.RankedItems;
import com.recomengine.recommendations.model.Recommender;
import com.recomengine.recommendations.model.TunedBlend;
import com.recomengine.recommendations.model.Tuning;
import com.recomengine.shared.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The rest of {@code auto}'s model beside its personal table (which the model store keeps like any neighbour
 * table): the generic part and the tuning report, per generation in {@code reco_auto_tunings} (V85), deleted
 * with their generation. Serving reads it from memory: the building instance keeps what it built, the others
 * load a generation's row once, the first time it is asked for.
 */
@Component
@RequiredArgsConstructor
class AutoTunings {

    private static final Duration MISS_PAUSE = Duration.ofSeconds(10);

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final RecommendationMetrics metrics;
    // The latest generation's generic part and report per tenant (a few bytes per item); the scorers made from them
    // live in their ModelSet, so the memory budget that drops a set drops its scorer too.
    private final Map<TenantId, Entry> current = new ConcurrentHashMap<>();
    // Tenants whose tuning row was missing or unreadable: asked again after MISS_PAUSE, not on every request.
    private final Map<TenantId, Instant> misses = new ConcurrentHashMap<>();

    /** One generation's tuning: the generic part (item, score) and the report. */
    private record Entry(long generation, int[] items, float[] scores, AutoTuningReport report) {}

    /** Stores the tuning of a generation just saved by the model store (the call after its save). */
    void save(TenantId tenant, ModelSet models) {
        TunedBlend tuned = models.tuned();
        if (tuned == null) {
            return;
        }
        AutoTuningReport report = report(models.generation(), Instant.now(), tuned.tuning());
        RankedItems generic = tuned.recommender().generic();
        Integer[] items = new Integer[generic.size()];
        Float[] scores = new Float[generic.size()];
        int[] ids = new int[generic.size()];
        float[] values = new float[generic.size()];
        for (int r = 0; r < items.length; r++) {
            ids[r] = generic.item(r);
            values[r] = generic.score(r);
            items[r] = ids[r];
            scores[r] = values[r];
        }
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                            INSERT INTO reco_auto_tunings (tenant_id, generation, tuned_at, tuning, items, scores)
                            VALUES (?, ?, ?, ?::jsonb, ?, ?) ON CONFLICT DO NOTHING""");
            insert.setObject(1, tenant.value());
            insert.setLong(2, models.generation());
            insert.setTimestamp(3, Timestamp.from(report.tunedAt()));
            insert.setString(4, json.writeValueAsString(report));
            insert.setArray(5, connection.createArrayOf("integer", items));
            insert.setArray(6, connection.createArrayOf("real", scores));
            return insert;
        });
        current.put(tenant, new Entry(models.generation(), ids, values, report));
        misses.remove(tenant);
        metrics.tuned(report);
    }

    /**
     * {@code auto}'s scorer for these models, or null when they have no {@code auto} table. A generation whose
     * tuning row is missing is served by its personal table alone (the fallback chain fills in), until the row
     * appears.
     */
    @Nullable
    BlendRecommender recommender(TenantId tenant, ModelSet models) {
        BlendRecommender known = models.autoScorer();
        if (known != null) {
            return known;
        }
        Recommender personal = models.neighbours(Strategy.AUTO);
        if (personal == null) {
            return null;
        }
        Entry entry = entry(tenant, models.generation());
        double[] generic = new double[models.items().size()];
        if (entry != null) {
            for (int r = 0; r < entry.items().length; r++) {
                generic[entry.items()[r]] = entry.scores()[r];
            }
        }
        BlendRecommender scorer = new BlendRecommender(
                personal.table(), RankedItems.of(Strategy.AUTO.wireName(), models.items(), generic));
        if (entry != null) {
            models.autoScorer(scorer);
        }
        return scorer;
    }

    /** The tuning of the tenant's current generation, if it has one. */
    Optional<AutoTuningReport> latest(TenantId tenant) {
        Long generation = jdbc.query(
                "SELECT generation FROM reco_state WHERE tenant_id = ? AND generation IS NOT NULL",
                rs -> rs.next() ? rs.getLong(1) : null,
                tenant.value());
        if (generation == null) {
            return Optional.empty();
        }
        Entry entry = entry(tenant, generation);
        return Optional.ofNullable(entry == null ? null : entry.report());
    }

    private @Nullable Entry entry(TenantId tenant, long generation) {
        Entry known = current.get(tenant);
        if (known != null && known.generation() == generation) {
            return known;
        }
        Instant missed = misses.get(tenant);
        if (missed != null && missed.isAfter(Instant.now().minus(MISS_PAUSE))) {
            return null;
        }
        try {
            List<Entry> loaded = jdbc.query(
                    "SELECT tuning, items, scores FROM reco_auto_tunings WHERE tenant_id = ? AND generation = ?",
                    (rs, row) -> entry(generation, rs),
                    tenant.value(),
                    generation);
            if (!loaded.isEmpty()) {
                misses.remove(tenant);
                current.put(tenant, loaded.getFirst());
                return loaded.getFirst();
            }
        } catch (DataAccessException e) {
            // PostgreSQL unreachable: the personal table and the fallback chain answer; the row is read later.
        }
        misses.put(tenant, Instant.now());
        return null;
    }

    private Entry entry(long generation, ResultSet rs) throws SQLException {
        AutoTuningReport report = json.readValue(rs.getString(1), AutoTuningReport.class);
        Integer[] items = (Integer[]) rs.getArray(2).getArray();
        Float[] scores = (Float[]) rs.getArray(3).getArray();
        int[] ids = new int[items.length];
        float[] values = new float[scores.length];
        for (int r = 0; r < ids.length; r++) {
            ids[r] = items[r];
            values[r] = scores[r];
        }
        return new Entry(generation, ids, values, report);
    }

    static AutoTuningReport report(long generation, Instant tunedAt, Tuning tuning) {
        Blend blend = tuning.blend();
        Map<String, Double> weights = new LinkedHashMap<>();
        weights.put(Strategy.COLLABORATIVE.wireName(), blend.collaborative());
        weights.put(Strategy.FREQUENTLY_BOUGHT_TOGETHER.wireName(), blend.together());
        weights.put(Strategy.CONTENT_BASED.wireName(), blend.content());
        weights.put(Strategy.POPULAR.wireName(), blend.popular());
        weights.put(Strategy.TRENDING.wireName(), blend.trending());
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("collaborative half-life", blend.halfLife().toDays() + " days");
        settings.put("collaborative λ", String.valueOf(Math.round(blend.lambda())));
        settings.put("popular window", blend.popularWindow().toDays() + " days");
        return new AutoTuningReport(
                tunedAt,
                generation,
                blend.describe(),
                weights,
                settings,
                tuning.splitAt(),
                tuning.evaluatedShoppers(),
                tuning.holdout().stream()
                        .map(s -> new AutoTuningReport.Figure(
                                s.strategy(), s.ndcg(), s.precision(), s.recall(), s.hitRate(), s.coverage()))
                        .toList(),
                tuning.candidates(),
                tuning.tuning().toMillis(),
                tuning.refit().toMillis(),
                tuning.note());
    }
}
