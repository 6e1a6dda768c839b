package com.recomengine.recommendations.model.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads a retail purchase log (CSV or CSV.gz, UCI Online Retail and its variants) and keeps the lines the
 * protocol keeps: a known customer (a missing id is empty or {@code 0}), quantity and unit price above 0, an
 * invoice not starting with C (cancellation) or A (adjustment), and a stock code starting with a digit (the
 * others are postage, fees, manual lines). Columns are found by header name, in the usual spellings.
 */
public final class RetailLog {

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("M/d/yyyy H:mm[:ss]"),
            DateTimeFormatter.ofPattern("d.M.yyyy H:mm[:ss]"));

    /** The currency of the UCI Online Retail prices (a UK shop's, in pounds sterling). */
    public static final String CURRENCY = "GBP";

    private RetailLog() {}

    /** The kept purchases, in file order, and how many lines were read. */
    public record Contents(List<Purchase> purchases, int lines) {}

    public static Contents read(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                BufferedReader reader =
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String header = reader.readLine();
            if (header == null) {
                throw new IOException(file + " is empty");
            }
            Columns columns = Columns.of(CsvLine.split(header.replace("\uFEFF", "")));
            List<Purchase> purchases = new ArrayList<>();
            int lines = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines++;
                Purchase purchase = columns.purchase(CsvLine.split(line));
                if (purchase != null) {
                    purchases.add(purchase);
                }
            }
            return new Contents(purchases, lines);
        }
    }

    /** Where each needed column is. */
    private record Columns(int invoice, int product, int description, int quantity, int time, int price, int customer) {

        static Columns of(List<String> header) {
            return new Columns(
                    find(header, "InvoiceNo", "Invoice"),
                    find(header, "StockCode"),
                    find(header, "Description"),
                    find(header, "Quantity"),
                    find(header, "InvoiceDate"),
                    find(header, "UnitPrice", "Price"),
                    find(header, "CustomerID", "Customer ID"));
        }

        private static int find(List<String> header, String... names) {
            for (String name : names) {
                for (int c = 0; c < header.size(); c++) {
                    if (normalised(header.get(c)).equals(normalised(name))) {
                        return c;
                    }
                }
            }
            throw new IllegalArgumentException("no column " + String.join(" or ", names) + " in header " + header);
        }

        private static String normalised(String name) {
            return name.strip().replace(" ", "").replace("_", "").toLowerCase(Locale.ROOT);
        }

        @Nullable
        Purchase purchase(List<String> fields) {
            if (fields.size() <= Math.max(Math.max(invoice, product), Math.max(customer, Math.max(price, time)))) {
                return null;
            }
            String customerId = customerId(fields.get(customer));
            String invoiceNo = fields.get(invoice).strip();
            String stockCode = fields.get(product).strip();
            if (customerId == null
                    || invoiceNo.startsWith("C")
                    || invoiceNo.startsWith("A")
                    || stockCode.isEmpty()
                    || !Character.isDigit(stockCode.charAt(0))
                    || !(number(fields.get(quantity)) > 0)
                    || !(number(fields.get(price)) > 0)) {
                return null;
            }
            return new Purchase(
                    customerId,
                    stockCode,
                    fields.get(description).strip(),
                    invoiceNo,
                    dateTime(fields.get(time)),
                    revenue(fields.get(quantity), fields.get(price)));
        }

        private static @Nullable String customerId(String raw) {
            String id = raw.strip();
            if (id.endsWith(".0")) {
                id = id.substring(0, id.length() - 2);
            }
            return id.isEmpty() || id.equals("0") ? null : id;
        }

        /** Quantity × unit price, to the penny (both are known to be positive numbers here). */
        private static BigDecimal revenue(String quantity, String unitPrice) {
            return new BigDecimal(quantity.strip())
                    .multiply(new BigDecimal(unitPrice.strip()))
                    .setScale(2, RoundingMode.HALF_UP);
        }

        private static double number(String raw) {
            try {
                return Double.parseDouble(raw.strip());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }

        private static LocalDateTime dateTime(String raw) {
            String text = raw.strip();
            if (text.length() == 19 && text.charAt(4) == '-' && text.charAt(10) == ' ') {
                // the common spelling, read without a formatter: half a million lines add up
                return LocalDateTime.of(
                        digits(text, 0, 4),
                        digits(text, 5, 7),
                        digits(text, 8, 10),
                        digits(text, 11, 13),
                        digits(text, 14, 16),
                        digits(text, 17, 19));
            }
            for (DateTimeFormatter format : DATE_FORMATS) {
                try {
                    return LocalDateTime.parse(text, format);
                } catch (DateTimeParseException e) {
                    // try the next spelling
                }
            }
            throw new IllegalArgumentException("unreadable invoice date: " + raw);
        }

        private static int digits(String text, int from, int to) {
            int value = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    throw new IllegalArgumentException("unreadable invoice date: " + text);
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }
    }
}
