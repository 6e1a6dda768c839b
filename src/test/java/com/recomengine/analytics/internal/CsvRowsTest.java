package com.recomengine.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 escaping and the formula-injection guard, cell by cell. */
class CsvRowsTest {

    @Test
    void leavesPlainCellsAsTheyAre() {
        assertThat(CsvRows.cell("home")).isEqualTo("home");
        assertThat(CsvRows.cell("12.50")).isEqualTo("12.50");
        assertThat(CsvRows.cell("")).isEqualTo("");
        assertThat(CsvRows.cell("a=b")).isEqualTo("a=b");
    }

    @Test
    void quotesCellsWithCommasQuotesAndLineBreaksAndDoublesInnerQuotes() {
        assertThat(CsvRows.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvRows.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvRows.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvRows.cell("cr\rhere")).isEqualTo("\"cr\rhere\"");
        assertThat(CsvRows.cell("\"")).isEqualTo("\"\"\"\"");
    }

    @Test
    void prefixesCellsThatASpreadsheetWouldRunAsAFormula() {
        assertThat(CsvRows.cell("=1+2")).isEqualTo("'=1+2");
        assertThat(CsvRows.cell("+49 30")).isEqualTo("'+49 30");
        assertThat(CsvRows.cell("-2")).isEqualTo("'-2");
        assertThat(CsvRows.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvRows.cell("\tx")).isEqualTo("'\tx");
        assertThat(CsvRows.cell("=HYPERLINK(\"http://evil\",\"x\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
        assertThat(CsvRows.cell("=a,b")).isEqualTo("\"'=a,b\"");
    }

    @Test
    void endsEveryRecordWithCrLf() throws IOException {
        StringWriter out = new StringWriter();
        CsvRows rows = new CsvRows(out);
        rows.write(List.of("a", "b,c", "=d"));
        rows.write(List.of("", "x"));
        assertThat(out.toString()).isEqualTo("a,\"b,c\",'=d\r\n,x\r\n");
    }
}
