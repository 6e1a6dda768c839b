package com.recomengine.catalog.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads CSV as RFC 4180 has it: quoted fields may hold separators, line breaks and doubled quotes; CRLF or LF line
 * ends; a leading byte order mark is skipped. The separator is a comma, or the first line's tab or semicolon when
 * it has no comma (spreadsheet exports). Blank lines are skipped.
 */
final class CsvReader {

    private static final int MAX_FIELD = 64 * 1024;
    /** A line (a record, quoted line breaks included) and its column count are capped: a header of millions of
     * columns is refused after its first megabyte, not held whole in memory. */
    static final int MAX_LINE = 1024 * 1024;

    static final int MAX_COLUMNS = 500;

    private int lineLength;

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private char separator = ',';
    private boolean first = true;
    private int pushedBack = -2;

    CsvReader(Reader in) {
        this.in = in;
    }

    /** The next record's fields, or null at the end of the input. */
    @Nullable
    List<String> next() {
        try {
            while (true) {
                List<String> fields = record();
                if (fields == null || !(fields.size() == 1 && fields.getFirst().isEmpty())) {
                    return fields;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private @Nullable List<String> record() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        if (first) {
            first = false;
            if (c == '\uFEFF') {
                c = read();
            }
            return header(c);
        }
        return fields(c);
    }

    /** The first line decides the separator, so it is read whole before it is split. */
    private List<String> header(int c) throws IOException {
        StringBuilder line = new StringBuilder();
        boolean quoted = false;
        while (c != -1 && (quoted || (c != '\n' && c != '\r'))) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (line.length() >= MAX_LINE) {
                throw new IOException("the header line is longer than " + MAX_LINE + " characters.");
            }
            line.append((char) c);
            c = read();
        }
        skipLineEnd(c);
        String text = line.toString();
        if (text.indexOf(',') < 0) {
            separator = text.indexOf('\t') >= 0 ? '\t' : text.indexOf(';') >= 0 ? ';' : ',';
        }
        CsvReader split = new CsvReader(new java.io.StringReader(text));
        split.first = false;
        split.separator = separator;
        List<String> fields = split.next();
        return fields == null ? List.of("") : fields;
    }

    private List<String> fields(int c) throws IOException {
        lineLength = 0;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (c == -1) {
                fields.add(field.toString());
                return fields;
            }
            if (quoted) {
                if (c == '"') {
                    int next = read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = next;
                        continue;
                    }
                } else {
                    append(field, c);
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == separator) {
                if (fields.size() >= MAX_COLUMNS) {
                    throw new IOException("a line has more than " + MAX_COLUMNS + " columns.");
                }
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                skipLineEnd(c);
                fields.add(field.toString());
                return fields;
            } else {
                append(field, c);
            }
            c = read();
        }
    }

    private void append(StringBuilder field, int c) throws IOException {
        if (++lineLength > MAX_LINE) {
            throw new IOException("a line is longer than " + MAX_LINE + " characters.");
        }
        if (field.length() >= MAX_FIELD) {
            throw new IOException("a CSV field is longer than " + MAX_FIELD + " characters");
        }
        field.append((char) c);
    }

    private void skipLineEnd(int c) throws IOException {
        if (c == '\r') {
            int next = read();
            if (next != '\n') {
                pushedBack = next;
            }
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++];
    }
}
