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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A stored generation read back from its item, neighbour and ranked rows (generations stored before packed rows existed). */
final class GenerationRows {

    private GenerationRows() {}

    /** The tenant's current generation, empty when it has none; the caller holds one snapshot around it. */
    static Optional<ModelSet> read(Connection connection, TenantId tenant) throws SQLException {
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
        try (PreparedStatement select = ofGeneration(
                connection,
                "SELECT as_of FROM reco_generations WHERE tenant_id = ? AND generation = ?",
                tenant,
                generation,
                0)) {
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getObject(1, OffsetDateTime.class).toInstant() : Instant.EPOCH;
            }
        }
    }

    private static List<String> itemIds(Connection connection, TenantId tenant, long generation) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement select = ofGeneration(
                connection,
                "SELECT product_id FROM reco_items WHERE tenant_id = ? AND generation = ? ORDER BY item",
                tenant,
                generation,
                10_000)) {
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
        try (PreparedStatement select = ofGeneration(connection, """
                SELECT strategy, item, neighbours, weights FROM reco_neighbours
                WHERE tenant_id = ? AND generation = ?""", tenant, generation, 2_000)) {
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
        try (PreparedStatement select = ofGeneration(
                connection,
                "SELECT strategy, items, scores FROM reco_ranked WHERE tenant_id = ? AND generation = ?",
                tenant,
                generation,
                0)) {
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

    /** A select of one generation's rows: its parameters the tenant and the generation. */
    private static PreparedStatement ofGeneration(
            Connection connection, String sql, TenantId tenant, long generation, int fetchSize) throws SQLException {
        PreparedStatement select = connection.prepareStatement(sql);
        try {
            select.setObject(1, tenant.value());
            select.setLong(2, generation);
            if (fetchSize > 0) {
                select.setFetchSize(fetchSize);
            }
            return select;
        } catch (SQLException | RuntimeException e) {
            select.close();
            throw e;
        }
    }

    private static Integer[] integers(Array array) throws SQLException {
        return (Integer[]) array.getArray();
    }

    private static Float[] floats(Array array) throws SQLException {
        return (Float[]) array.getArray();
    }
}
