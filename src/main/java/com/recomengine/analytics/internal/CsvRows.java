package com.recomengine.analytics.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import lombok.RequiredArgsConstructor;

/**
 * Writes CSV as RFC 4180 says: comma-separated cells, CRLF after every record, a cell in double quotes when it
 * holds a comma, a double quote, CR or LF, and a double quote inside doubled. Spreadsheets run a cell that starts
 * with {@code =}, {@code +}, {@code -} or {@code @} (or a tab or CR, which some strip first) as a formula, so such
 * a cell is prefixed with a single quote (OWASP's CSV injection advice): event metadata is shopper-controlled text.
 */
@RequiredArgsConstructor
final class CsvRows {

    private final Writer out;

    void write(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String cell(String value) {
        String guarded = startsLikeFormula(value) ? "'" + value : value;
        if (!needsQuotes(guarded)) {
            return guarded;
        }
        return '"' + guarded.replace("\"", "\"\"") + '"';
    }

    private static boolean startsLikeFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
