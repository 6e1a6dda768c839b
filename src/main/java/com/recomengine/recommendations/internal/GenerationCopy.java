package com.recomengine.recommendations.internal;

import com.recomengine.recommendations.model.NeighbourTable;
import com.recomengine.recommendations.model.RankedItems;
import com.recomengine.shared.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;

/** A generation written into its tables: the generation row, its items and models by COPY, and its packed form. */
final class GenerationCopy {

    private GenerationCopy() {}

    static void write(Connection connection, TenantId tenant, ModelSet models, ModelStore.BuildFacts facts)
            throws SQLException {
        insertGeneration(connection, tenant, models, facts);
        copyItems(connection, tenant, models);
        copyModels(connection, tenant, models);
        insertPacked(connection, tenant, models);
    }

    private static void insertGeneration(
            Connection connection, TenantId tenant, ModelSet models, ModelStore.BuildFacts facts) throws SQLException {
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
}
