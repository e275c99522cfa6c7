package ru.gospages.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a {@link Table} as one streamed XLSX sheet for people: bold frozen header of the Russian
 * titles, auto-filter, column widths, numbers as numbers, «да»/«нет», clickable addresses. Memory
 * stays flat in the number of rows (SXSSF keeps a window of {@value #WINDOW} rows, the rest goes to
 * compressed temporary files; strings are inline, as a shared-strings table would hold every
 * distinct text in memory). The same rows and date give byte-identical files.
 */
public final class XlsxTableWriter {

    static final int WINDOW = 100;
    /** Data rows that fit a sheet under its header: Excel stops at 1,048,576 rows. */
    static final int MAX_ROWS_PER_SHEET = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    private final LocalDate documentDate;
    private final int rowsPerSheet;

    /**
     * @param documentDate the date the workbook claims as created and modified, and its zip entries
     *                     carry: the period's as-of date, never "now", so re-runs give the same bytes
     */
    public XlsxTableWriter(LocalDate documentDate) {
        this(documentDate, MAX_ROWS_PER_SHEET);
    }

    XlsxTableWriter(LocalDate documentDate, int rowsPerSheet) {
        this.documentDate = documentDate;
        this.rowsPerSheet = rowsPerSheet;
    }

    /**
     * Writes every row to {@code file} (created or replaced) and returns how many were written.
     * Rows beyond one sheet's capacity continue on sheets titled «title (2)», «title (3)», ….
     */
    @SuppressWarnings("deprecation") // dispose(), see below
    public <T> long write(Table<T> table, Iterator<? extends T> rows, Path file) throws IOException {
        // in the system's temporary folder, not beside the outputs: a run killed while writing must
        // leave nothing in the published folders but the .part files the next run replaces
        Path unstamped = Files.createTempFile("gospages-xlsx-", ".tmp");
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            workbook.setCompressTempFiles(true);
            long count = fill(workbook, table, rows);
            fixDocumentDates(workbook);
            try (OutputStream out = Files.newOutputStream(unstamped)) {
                workbook.write(out);
            }
            DeterministicZip.copy(unstamped, file, documentDate.atStartOfDay());
            return count;
        } finally {
            // deletes the temporary sheet files even when writing failed. close() alone would too
            // (dispose() is deprecated in POI 5.5), but after a failure it first closes the sheet
            // writers and then logs a stack trace flushing the rows still in the window into them
            workbook.dispose();
            workbook.close();
            Files.deleteIfExists(unstamped);
        }
    }

    public <T> long write(Table<T> table, Iterable<? extends T> rows, Path file) throws IOException {
        return write(table, rows.iterator(), file);
    }

    private <T> long fill(SXSSFWorkbook workbook, Table<T> table, Iterator<? extends T> rows) {
        XlsxStyles styles = new XlsxStyles(workbook);
        XlsxCells cells = new XlsxCells(styles);
        List<Column<T>> columns = table.columns();
        int sheets = 1;
        SXSSFSheet sheet = startSheet(workbook, table, styles, table.title());
        int rowIndex = 0;
        long count = 0;
        while (rows.hasNext()) {
            if (rowIndex == rowsPerSheet) {
                finishSheet(sheet, table, rowIndex);
                sheets++;
                sheet = startSheet(workbook, table, styles, table.title() + " (" + sheets + ")");
                rowIndex = 0;
            }
            T item = rows.next();
            Row row = sheet.createRow(++rowIndex);
            for (int i = 0; i < columns.size(); i++) {
                Column<T> column = columns.get(i);
                cells.put(row, i, column.type(), column.valueOf(item));
            }
            count++;
        }
        finishSheet(sheet, table, rowIndex);
        return count;
    }

    private static SXSSFSheet startSheet(SXSSFWorkbook workbook, Table<?> table, XlsxStyles styles, String name) {
        SXSSFSheet sheet = workbook.createSheet(name);
        List<? extends Column<?>> columns = table.columns();
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Column<?> column = columns.get(i);
            sheet.setColumnWidth(i, column.width() * 256); // POI counts in 1/256 of a character
            Cell cell = header.createCell(i);
            cell.setCellValue(column.title());
            cell.setCellStyle(styles.header());
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void finishSheet(SXSSFSheet sheet, Table<?> table, int lastRow) {
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, table.columns().size() - 1));
    }

    private void fixDocumentDates(SXSSFWorkbook workbook) {
        POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        Optional<Date> date = Optional.of(Date.from(documentDate.atStartOfDay().toInstant(ZoneOffset.UTC)));
        core.setCreated(date);
        core.setModified(date);
    }
}
