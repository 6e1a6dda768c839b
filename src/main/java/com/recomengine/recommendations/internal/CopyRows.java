package com.recomengine.recommendations.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows streamed into one {@code COPY … FROM STDIN} (text format) in 64 KB writes: the fastest way PostgreSQL
 * takes many rows. Values are appended field by field; text is escaped as the format requires. PostgreSQL refuses
 * {@code COPY FROM} into a table under row-level security, so the rows go into a temporary table of the same shape
 * first and into the table with one {@code INSERT … SELECT} when closed (which the tenant policy checks).
 */
final class CopyRows implements AutoCloseable {

    private static final int FLUSH_AT = 1 << 16;

    private final CopyIn copy;
    private final Connection connection;
    private final String table;
    private final String staging;
    private final String columns;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 1024);
    private boolean firstField = true;
    private long rows;

    private CopyRows(CopyIn copy, Connection connection, String table, String staging, String columns) {
        this.copy = copy;
        this.connection = connection;
        this.table = table;
        this.staging = staging;
        this.columns = columns;
    }

    static CopyRows into(Connection connection, String table, String columns) throws SQLException {
        String staging = "pg_temp.copy_" + table;
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + staging);
            statement.execute("CREATE TEMP TABLE copy_" + table + " (LIKE " + table + " INCLUDING DEFAULTS)");
        }
        CopyIn copy = connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("COPY " + staging + " (" + columns + ") FROM STDIN");
        return new CopyRows(copy, connection, table, staging, columns);
    }

    CopyRows field(Object value) {
        separator();
        buffer.append(value);
        return this;
    }

    CopyRows text(String value) {
        separator();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
        return this;
    }

    CopyRows ints(int[] values, int from, int to) {
        separator();
        buffer.append('{');
        for (int i = from; i < to; i++) {
            buffer.append(i > from ? "," : "").append(values[i]);
        }
        buffer.append('}');
        return this;
    }

    CopyRows floats(float[] values, int from, int to) {
        separator();
        buffer.append('{');
        for (int i = from; i < to; i++) {
            buffer.append(i > from ? "," : "").append(values[i]);
        }
        buffer.append('}');
        return this;
    }

    void endRow() throws SQLException {
        buffer.append('\n');
        firstField = true;
        rows++;
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    private void separator() {
        if (!firstField) {
            buffer.append('\t');
        }
        firstField = false;
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    /** Sends what is left and ends the COPY. */
    @Override
    public void close() throws SQLException {
        if (!copy.isActive()) {
            return;
        }
        flush();
        copy.endCopy();
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO " + table + " (" + columns + ") SELECT " + columns + " FROM " + staging);
            statement.execute("DROP TABLE " + staging);
        }
    }
}
