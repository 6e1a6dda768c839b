package com.recomengine.recommendations.internal;

import com.recomengine.recommendations.model.IdDictionary;
import com.recomengine.recommendations.model.ItemModel;
import com.recomengine.recommendations.model.NeighbourTable;
import com.recomengine.recommendations.model.RankedItems;
import com.recomengine.shared.TenantId;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The models in PostgreSQL (V30__recommendations.sql). A generation is written with COPY and made current in the
 * same transaction; it is read back in one repeatable-read snapshot. Also the bookkeeping that tells the build job
 * which tenants changed since their last build.
 */
@Component
class ModelStore {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate writes;
    private final TransactionTemplate snapshot;

    ModelStore(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        this.writes = new TransactionTemplate(transactions);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** What a build tells about itself, stored beside its generation. */
    record BuildFacts(Instant startedAt, long interactions, int users, long buildMillis) {}

    long nextGeneration() {
        Long next = jdbc.queryForObject("SELECT nextval('reco_generation_seq')", Long.class);
        if (next == null) {
            throw new IllegalStateException("reco_generation_seq answered nothing");
        }
        return next;
    }

    /**
     * Writes the generation and makes it the tenant's current one, atomically, provided {@code lease} still holds
     * the tenant: a build whose lease ran out (its instance lost PostgreSQL for longer than the lease) stores
     * nothing, since another instance has the tenant now. Clears the tenant's failure record.
     */
    void save(BuildLease lease, ModelSet models, BuildFacts facts, String builtBy) {
        TenantId tenant = lease.tenant();
        writes.executeWithoutResult(status -> jdbc.execute((ConnectionCallback<Void>) connection -> {
            insertGeneration(connection, tenant, models, facts);
            copyItems(connection, tenant, models);
            copyModels(connection, tenant, models);
            insertPacked(connection, tenant, models);
            // Last, so that a build held up while writing holds no lock on the tenant's queue row.
            try (PreparedStatement current = connection.prepareStatement("""
                    UPDATE reco_state SET generation = ?, built_at = ?, built_by = ?, attempts = 0, failed_at = NULL,
                        last_error = NULL, retry_at = NULL, parked_at = NULL
                    WHERE tenant_id = ? AND lease_token = ?""")) {
                current.setLong(1, models.generation());
                current.setTimestamp(2, Timestamp.from(facts.startedAt()));
                current.setString(3, builtBy);
                current.setObject(4, tenant.value());
                current.setObject(5, lease.token());
                if (current.executeUpdate() == 0) {
                    throw new LeaseLost(tenant);
                }
            }
            return null;
        }));
    }

    /** The build's lease ran out before it could store its generation. */
    static final class LeaseLost extends IllegalStateException {
        LeaseLost(TenantId tenant) {
            super("The build lease of tenant " + tenant + " ran out before its models were stored");
        }
    }

    /** Deletes the tenant's generations older than {@code kept} (readers of them hold their own snapshot). */
    void deleteOlder(TenantId tenant, long kept) {
        writes.executeWithoutResult(status -> {
            for (String table :
                    List.of("reco_packed", "reco_neighbours", "reco_ranked", "reco_items", "reco_generations")) {
                jdbc.update("DELETE FROM " + table + " WHERE tenant_id = ? AND generation < ?", tenant.value(), kept);
            }
        });
    }

    /**
     * The tenant's current generation, read back whole; empty when it has none. One query reads its packed form (one
     * statement is one snapshot); a generation stored before packed rows existed is read from its rows instead.
     */
    Optional<ModelSet> loadCurrent(TenantId tenant) {
        List<ModelSet> packed = jdbc.query(
                """
                SELECT s.generation, g.as_of, p.models FROM reco_state s
                JOIN reco_generations g ON g.tenant_id = s.tenant_id AND g.generation = s.generation
                JOIN reco_packed p ON p.tenant_id = s.tenant_id AND p.generation = s.generation
                WHERE s.tenant_id = ?""",
                (rs, row) ->
                        ModelPacking.unpack(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getBytes(3)),
                tenant.value());
        if (!packed.isEmpty()) {
            return Optional.of(packed.getFirst());
        }
        return loadFromRows(tenant);
    }

    /** The current generation read from its item, neighbour and ranked rows, in one snapshot. */
    Optional<ModelSet> loadFromRows(TenantId tenant) {
        return snapshot.execute(status -> jdbc.execute((ConnectionCallback<Optional<ModelSet>>) connection -> {
            Long generation = currentGeneration(connection, tenant);
            if (generation == null) {
                return Optional.empty();
            }
            Instant asOf = asOf(connection, tenant, generation);
            IdDictionary items = IdDictionary.of(itemIds(connection, tenant, generation));
            Map<Strategy, ItemModel> models = new EnumMap<>(Strategy.class);
            loadNeighbours(connection, tenant, generation, items, models);
            loadRanked(connection, tenant, generation, items, models);
            return Optional.of(new ModelSet(generation, asOf, items, models));
        }));
    }

    /** The current generation of each of {@code tenants} that has one. */
    Map<TenantId, Long> generations(Collection<TenantId> tenants) {
        Map<TenantId, Long> generations = new HashMap<>();
        if (tenants.isEmpty()) {
            return generations;
        }
        UUID[] ids = tenants.stream().map(TenantId::value).toArray(UUID[]::new);
        jdbc.query(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(
                            "SELECT tenant_id, generation FROM reco_state WHERE tenant_id = ANY(?) AND generation IS NOT NULL");
                    statement.setArray(1, connection.createArrayOf("uuid", ids));
                    return statement;
                },
                rs -> {
                    generations.put(new TenantId(rs.getObject(1, UUID.class)), rs.getLong(2));
                });
        return generations;
    }

    /** Records when these tenants' interactions or catalog last changed: their models are due for a build. */
    void markChanged(Map<TenantId, Instant> changes) {
        List<Map.Entry<TenantId, Instant>> sorted = changes.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(TenantId::value)))
                .toList();
        UUID[] ids = sorted.stream().map(e -> e.getKey().value()).toArray(UUID[]::new);
        Timestamp[] times =
                sorted.stream().map(e -> Timestamp.from(e.getValue())).toArray(Timestamp[]::new);
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO reco_state (tenant_id, changed_at)
                    SELECT id, at FROM unnest(?::uuid[], ?::timestamptz[]) AS t(id, at)
                    ON CONFLICT (tenant_id) DO UPDATE SET changed_at = greatest(reco_state.changed_at, excluded.changed_at)""");
            statement.setArray(1, connection.createArrayOf("uuid", ids));
            statement.setArray(2, connection.createArrayOf("timestamptz", times));
            return statement;
        });
    }

    void purge(TenantId tenant) {
        writes.executeWithoutResult(status -> {
            for (String table : List.of(
                    "reco_packed", "reco_neighbours", "reco_ranked", "reco_items", "reco_generations", "reco_state")) {
                jdbc.update("DELETE FROM " + table + " WHERE tenant_id = ?", tenant.value());
            }
        });
    }

    private static void insertGeneration(Connection connection, TenantId tenant, ModelSet models, BuildFacts facts)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO reco_generations (tenant_id, generation, as_of, interactions, users, items, build_millis)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setObject(1, tenant.value());
            insert.setLong(2, models.generation());
            insert.setTimestamp(3, Timestamp.from(models.asOf()));
            insert.setLong(4, facts.interactions());
            insert.setInt(5, facts.users());
            insert.setInt(6, models.items().size());
            insert.setLong(7, facts.buildMillis());
            insert.executeUpdate();
        }
    }

    private static void insertPacked(Connection connection, TenantId tenant, ModelSet models) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO reco_packed (tenant_id, generation, models) VALUES (?, ?, ?)")) {
            insert.setObject(1, tenant.value());
            insert.setLong(2, models.generation());
            insert.setBytes(3, ModelPacking.pack(models));
            insert.executeUpdate();
        }
    }

    private static void copyItems(Connection connection, TenantId tenant, ModelSet models) throws SQLException {
        try (CopyRows rows = CopyRows.into(connection, "reco_items", "tenant_id, generation, item, product_id")) {
            for (int i = 0; i < models.items().size(); i++) {
                rows.field(tenant)
                        .field(models.generation())
                        .field(i)
                        .text(models.items().id(i))
                        .endRow();
            }
        }
    }

    private static void copyModels(Connection connection, TenantId tenant, ModelSet models) throws SQLException {
        try (CopyRows rows = CopyRows.into(
                connection, "reco_neighbours", "tenant_id, generation, strategy, item, neighbours, weights")) {
            for (Strategy strategy : Strategy.values()) {
                var recommender = models.neighbours(strategy);
                if (recommender != null) {
                    copyTable(rows, tenant, models.generation(), strategy, recommender.table());
                }
            }
        }
        try (CopyRows rows =
                CopyRows.into(connection, "reco_ranked", "tenant_id, generation, strategy, items, scores")) {
            for (Strategy strategy : Strategy.values()) {
                RankedItems ranked = models.ranked(strategy);
                if (ranked != null) {
                    int[] items = new int[ranked.size()];
                    float[] scores = new float[ranked.size()];
                    for (int r = 0; r < items.length; r++) {
                        items[r] = ranked.item(r);
                        scores[r] = ranked.score(r);
                    }
                    rows.field(tenant)
                            .field(models.generation())
                            .field(strategy.wireName())
                            .ints(items, 0, items.length)
                            .floats(scores, 0, scores.length)
                            .endRow();
                }
            }
        }
    }

    private static void copyTable(
            CopyRows rows, TenantId tenant, long generation, Strategy strategy, NeighbourTable table)
            throws SQLException {
        int[] neighbours = new int[64];
        float[] weights = new float[64];
        for (int item = 0; item < table.items().size(); item++) {
            int count = table.count(item);
            if (count == 0) {
                continue;
            }
            if (count > neighbours.length) {
                neighbours = new int[count];
                weights = new float[count];
            }
            for (int r = 0; r < count; r++) {
                neighbours[r] = table.neighbour(item, r);
                weights[r] = table.weight(item, r);
            }
            rows.field(tenant)
                    .field(generation)
                    .field(strategy.wireName())
                    .field(item)
                    .ints(neighbours, 0, count)
                    .floats(weights, 0, count)
                    .endRow();
        }
    }

    private static Long currentGeneration(Connection connection, TenantId tenant) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT generation FROM reco_state WHERE tenant_id = ? AND generation IS NOT NULL")) {
            select.setObject(1, tenant.value());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static Instant asOf(Connection connection, TenantId tenant, long generation) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT as_of FROM reco_generations WHERE tenant_id = ? AND generation = ?")) {
            select.setObject(1, tenant.value());
            select.setLong(2, generation);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getObject(1, OffsetDateTime.class).toInstant() : Instant.EPOCH;
            }
        }
    }

    private static List<String> itemIds(Connection connection, TenantId tenant, long generation) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT product_id FROM reco_items WHERE tenant_id = ? AND generation = ? ORDER BY item")) {
            select.setObject(1, tenant.value());
            select.setLong(2, generation);
            select.setFetchSize(10_000);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private static void loadNeighbours(
            Connection connection,
            TenantId tenant,
            long generation,
            IdDictionary items,
            Map<Strategy, ItemModel> models)
            throws SQLException {
        Map<Strategy, NeighbourTable.Builder> builders = new EnumMap<>(Strategy.class);
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT strategy, item, neighbours, weights FROM reco_neighbours
                WHERE tenant_id = ? AND generation = ?""")) {
            select.setObject(1, tenant.value());
            select.setLong(2, generation);
            select.setFetchSize(2_000);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Strategy strategy = Strategy.fromWire(rs.getString(1)).orElse(null);
                    if (strategy == null) {
                        continue;
                    }
                    NeighbourTable.Builder table =
                            builders.computeIfAbsent(strategy, s -> NeighbourTable.builder(s.wireName(), items));
                    int item = rs.getInt(2);
                    Integer[] neighbours = integers(rs.getArray(3));
                    Float[] weights = floats(rs.getArray(4));
                    for (int r = 0; r < neighbours.length; r++) {
                        table.add(item, neighbours[r], weights[r]);
                    }
                }
            }
        }
        // The rows were stored strongest first, so the builder's sort keeps their order.
        builders.forEach((strategy, table) -> models.put(strategy, table.build()));
    }

    private static void loadRanked(
            Connection connection,
            TenantId tenant,
            long generation,
            IdDictionary items,
            Map<Strategy, ItemModel> models)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT strategy, items, scores FROM reco_ranked WHERE tenant_id = ? AND generation = ?")) {
            select.setObject(1, tenant.value());
            select.setLong(2, generation);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Strategy strategy = Strategy.fromWire(rs.getString(1)).orElse(null);
                    if (strategy == null) {
                        continue;
                    }
                    Integer[] ranked = integers(rs.getArray(2));
                    Float[] scores = floats(rs.getArray(3));
                    double[] scoreByItem = new double[items.size()];
                    for (int r = 0; r < ranked.length; r++) {
                        scoreByItem[ranked[r]] = scores[r];
                    }
                    models.put(strategy, RankedItems.of(strategy.wireName(), items, scoreByItem));
                }
            }
        }
    }

    private static Integer[] integers(Array array) throws SQLException {
        return (Integer[]) array.getArray();
    }

    private static Float[] floats(Array array) throws SQLException {
        return (Float[]) array.getArray();
    }
}
