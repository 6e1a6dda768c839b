package com.recomengine.events.internal;

import com.recomengine.events.internal.IncomingInteraction.RowKey;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The one statement of the hot path: all rows of a flush as nine arrays, unnested into {@code events}, duplicates
 * skipped by the primary key, and the keys of the rows that were new returned. One round trip whatever the row
 * count, and one plan (the statement text never changes, so the driver prepares it once per connection).
 * Timestamps travel as microseconds since the epoch: exact, and neither side formats or parses dates.
 */
final class InteractionTable {

    private static final String INSERT = """
            INSERT INTO events
                   (tenant_id, ts, dedup_key, event_type, user_id, product_id, session_id, event_id, metadata)
            SELECT t,
                   timestamptz 'epoch' + (us / 1000000) * interval '1 second' + (us % 1000000) * interval '1 microsecond',
                   k, ty, u, p, s, e, m::jsonb
            FROM unnest(?::uuid[], ?::int8[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[]) AS r (t, us, k, ty, u, p, s, e, m)
            ON CONFLICT DO NOTHING
            RETURNING tenant_id, dedup_key, ts""";

    private InteractionTable() {}

    /** Inserts the rows (in their order) and answers the keys of those that were not stored before. */
    static Set<RowKey> insertNew(Connection connection, List<IncomingInteraction> rows) throws SQLException {
        int n = rows.size();
        Object[] tenants = new Object[n];
        Long[] timestamps = new Long[n];
        Object[] keys = new Object[n];
        String[] types = new String[n];
        String[] users = new String[n];
        String[] products = new String[n];
        String[] sessions = new String[n];
        String[] eventIds = new String[n];
        String[] metadata = new String[n];
        for (int i = 0; i < n; i++) {
            IncomingInteraction row = rows.get(i);
            tenants[i] = row.tenant().value();
            timestamps[i] = IncomingInteraction.micros(row.event().timestamp());
            keys[i] = row.dedupKey();
            types[i] = row.event().type().wireName();
            users[i] = row.event().userId();
            products[i] = row.event().productId();
            sessions[i] = row.event().sessionId();
            eventIds[i] = row.event().eventId();
            metadata[i] = row.event().metadata();
        }
        Set<RowKey> inserted = new HashSet<>(n * 2);
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            Array[] arrays = {
                connection.createArrayOf("uuid", tenants),
                connection.createArrayOf("int8", timestamps),
                connection.createArrayOf("uuid", keys),
                connection.createArrayOf("text", types),
                connection.createArrayOf("text", users),
                connection.createArrayOf("text", products),
                connection.createArrayOf("text", sessions),
                connection.createArrayOf("text", eventIds),
                connection.createArrayOf("text", metadata)
            };
            for (int i = 0; i < arrays.length; i++) {
                statement.setArray(i + 1, arrays[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    inserted.add(new RowKey(
                            result.getObject(1, UUID.class),
                            result.getObject(2, UUID.class),
                            result.getObject(3, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return inserted;
    }
}
