package com.recomengine.catalog.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV feed with Commons CSV, as RFC 4180 has it (quoted separators, line breaks and doubled quotes; CRLF or
 * LF line ends), leniently (text after a closing quote is kept, a quote left open runs to the end) and capped
 * against hostile input: a field, a line (a record, quoted line breaks included) and a line's column count each
 * have a limit, and a header of millions of columns is refused after its first megabyte, not held whole in memory.
 * A leading byte order mark is skipped; the separator is a comma, or the first line's tab or semicolon when it has
 * no comma (spreadsheet exports). Blank lines are skipped.
 */
final class CsvReader {

    static final int MAX_FIELD = 64 * 1024;

    static final int MAX_LINE = 1024 * 1024;

    static final int MAX_COLUMNS = 500;

    private final CappedReader capped;
    private final Iterator<CSVRecord> records;

    CsvReader(Reader in) {
        try {
            BufferedReader buffered = new BufferedReader(in, 1 << 16);
            char separator = FirstLine.separatorOf(buffered);
            this.capped = new CappedReader(buffered, MAX_LINE);
            this.records = CSVParser.parse(capped, format(separator)).iterator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CSVFormat format(char separator) {
        return CSVFormat.RFC4180
                .builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(true)
                .setTrailingData(true)
                .setLenientEof(true)
                .get();
    }

    /**
     * The next record's fields, or null at the end of the input; an {@link UncheckedIOException} saying which cap
     * a record broke.
     */
    @Nullable
    List<String> next() {
        if (!records.hasNext()) {
            return null;
        }
        CSVRecord record = records.next();
        capped.recordEnded();
        if (record.size() > MAX_COLUMNS) {
            throw refused("a line has more than " + MAX_COLUMNS + " columns.");
        }
        List<String> fields = record.toList();
        for (String field : fields) {
            if (field.length() > MAX_FIELD) {
                throw refused("a CSV field is longer than " + MAX_FIELD + " characters");
            }
        }
        return fields;
    }

    private static UncheckedIOException refused(String why) {
        return new UncheckedIOException(new IOException(why));
    }

    /**
     * The first line, peeked at before parsing starts: it decides the separator. Read up to {@link #MAX_LINE}
     * characters (quoted line breaks included) and then given back to the parser, past a byte order mark.
     */
    private static final class FirstLine {

        static char separatorOf(BufferedReader in) throws IOException {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            in.mark(MAX_LINE + 1);
            StringBuilder line = new StringBuilder();
            boolean quoted = false;
            for (int c = in.read(); c != -1 && (quoted || (c != '\n' && c != '\r')); c = in.read()) {
                if (line.length() >= MAX_LINE) {
                    throw new IOException("the header line is longer than " + MAX_LINE + " characters.");
                }
                quoted ^= c == '"';
                line.append((char) c);
            }
            in.reset();
            return line.indexOf(",") >= 0 ? ',' : line.indexOf("\t") >= 0 ? '\t' : line.indexOf(";") >= 0 ? ';' : ',';
        }
    }

    /**
     * Refuses to hand out more than a line's cap (plus what the parser reads ahead) since the last record ended:
     * Commons CSV has no cap of its own and would hold a line of any length in memory.
     */
    private static final class CappedReader extends Reader {

        /** The parser's own buffer reads ahead by this much at most, into the next record. */
        private static final int READ_AHEAD = 8192;

        private final Reader in;
        private final long cap;
        private long sinceRecord;

        CappedReader(Reader in, long cap) {
            this.in = in;
            this.cap = cap + READ_AHEAD;
        }

        void recordEnded() {
            sinceRecord = 0;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (sinceRecord >= cap) {
                throw new IOException("a line is longer than " + MAX_LINE + " characters.");
            }
            int read = in.read(buffer, offset, (int) Math.min(length, cap - sinceRecord));
            if (read > 0) {
                sinceRecord += read;
            }
            return read;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
