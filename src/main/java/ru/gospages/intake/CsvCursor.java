package ru.gospages.intake;

import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The cursor over a CSV file: one sheet, one record per row. A row's number is its record number
 * counting empty lines, which is the row Excel shows when it opens the file (a quoted line break
 * stays inside its row).
 */
final class CsvCursor implements SheetCursor {

    private final String sheetName;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final int maxRows;
    private final int maxRecordChars;
    private boolean sheetGiven;
    private boolean done;
    private int rows;

    CsvCursor(String sheetName, CSVParser parser, IntakeLimits limits, int maxRecordChars) {
        this.sheetName = sheetName;
        this.parser = parser;
        this.records = parser.iterator();
        this.maxRows = limits.maxRowsPerSheet();
        this.maxRecordChars = maxRecordChars;
    }

    @Override
    public Optional<String> nextSheet() {
        if (sheetGiven) {
            done = true;
            return Optional.empty();
        }
        sheetGiven = true;
        return Optional.of(sheetName);
    }

    @Override
    public RawRow nextRow() throws SubmissionException {
        if (!sheetGiven || done) {
            return null;
        }
        long startLine = parser.getCurrentLineNumber() + 1;
        try {
            while (records.hasNext()) {
                RawRow row = toRawRow(records.next());
                if (!row.isBlank()) {
                    if (++rows > maxRows) {
                        throw FileProblems.tooManyRows(sheetName, maxRows);
                    }
                    return row;
                }
                startLine = parser.getCurrentLineNumber() + 1;
            }
            done = true;
            return null;
        } catch (SubmissionException e) {
            throw e;
        } catch (RuntimeException e) {
            done = true;
            if (e instanceof UncheckedIOException && e.getCause() instanceof CsvRecordGuard.RecordTooLongException) {
                throw FileProblems.lineTooLong(maxRecordChars);
            }
            throw FileProblems.failure(e, FileProblems.csvQuotes(startLine));
        }
    }

    @Override
    public void close() {
        Quietly.close(parser);
    }

    private static RawRow toRawRow(CSVRecord record) {
        String[] cells = record.values();
        for (int i = 0; i < cells.length; i++) {
            if (cells[i].indexOf('\0') >= 0) {
                cells[i] = cells[i].replace("\0", ""); // stray NUL bytes of a faulty export
            }
        }
        return new RawRow((int) Math.min(record.getRecordNumber(), Integer.MAX_VALUE), cells);
    }
}
