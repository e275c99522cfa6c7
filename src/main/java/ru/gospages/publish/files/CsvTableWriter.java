package ru.gospages.publish.files;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link Table} as CSV (SPEC 7): UTF-8 without BOM, comma, RFC 4180 quoting, CRLF, a
 * header of the column names. Rows are streamed, never collected. Open-data files keep every value
 * exactly as it is (machines read them); files meant for people ({@link #forPeople()}) get the
 * formula-injection guard of the XLSX outputs.
 */
public final class CsvTableWriter {

    // RFC4180 is comma, double quote, CRLF, empty lines kept: exactly SPEC 7
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final boolean forPeople;

    /** A writer for open data: values exactly as they are. */
    public CsvTableWriter() {
        this(false);
    }

    private CsvTableWriter(boolean forPeople) {
        this.forPeople = forPeople;
    }

    /**
     * A writer for CSV files people open in a spreadsheet ({@code problems.csv}, {@code changes.csv}),
     * which echo what senders wrote: text that a spreadsheet would take for a formula gets the
     * {@code '} prefix of {@link XlsxText#guard} (OWASP "CSV injection").
     */
    public static CsvTableWriter forPeople() {
        return new CsvTableWriter(true);
    }

    /** Writes the header and every row to {@code file} (created or replaced); returns the rows written. */
    public <T> long write(Table<T> table, Iterator<? extends T> rows, Path file) throws IOException {
        try (Writer out = new Utf8Writer(Files.newOutputStream(file));
             CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            return write(table, rows, printer);
        }
    }

    public <T> long write(Table<T> table, Iterable<? extends T> rows, Path file) throws IOException {
        return write(table, rows.iterator(), file);
    }

    private <T> long write(Table<T> table, Iterator<? extends T> rows, CSVPrinter printer)
            throws IOException {
        printer.printRecord(table.names());
        List<Column<T>> columns = table.columns();
        long count = 0;
        while (rows.hasNext()) {
            T row = rows.next();
            for (Column<T> column : columns) {
                Object value = column.valueOf(row);
                printer.print(forPeople && value instanceof String text ? XlsxText.guard(text) : field(value));
            }
            printer.println();
            count++;
        }
        return count;
    }

    /** The CSV text of a value: empty when absent, {@code true}/{@code false}, plain decimals. */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            // never 1E+2: toString would switch to exponent form for some scales
            return decimal.toPlainString();
        }
        return value.toString();
    }
}
