package ru.gospages.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.gospages.figures.Figures;
import ru.gospages.figures.MunicipalityFigures;
import ru.gospages.publish.files.Column;
import ru.gospages.publish.files.DeterministicZip;
import ru.gospages.publish.files.Table;
import ru.gospages.publish.files.XlsxText;
import ru.gospages.publish.opendata.VerificationTable;

/**
 * Writes {@code verification-<period>.xlsx} for officials: the figures per municipality of
 * {@link VerificationTable} under a title, shares as Excel percentages, a bold totals row, and a
 * native bar chart of the share verified by municipality below. A few dozen rows, so the whole
 * workbook is built in memory (XSSF, which charts need). The same figures and date give the same bytes.
 */
public final class VerificationWorkbook {

    static final int TITLE_ROW = 0;
    static final int HEADER_ROW = 1;
    static final int FIRST_ROW = 2;
    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final LocalDate asOf;

    /** @param asOf the period's as-of date: in the title, and the workbook's own date (never "now") */
    public VerificationWorkbook(LocalDate asOf) {
        this.asOf = asOf;
    }

    /** Writes the workbook of {@code figures} to {@code file} (created or replaced). */
    public void write(Figures figures, Path file) throws IOException {
        // in the system's temporary folder, not the output's: a run killed here leaves no stray file beside the reports
        Path unstamped = Files.createTempFile("gospages-verification-", ".xlsx");
        try {
            try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(unstamped)) {
                fill(workbook, figures);
                Date date = Date.from(asOf.atStartOfDay().toInstant(ZoneOffset.UTC));
                POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
                core.setCreated(Optional.of(date));
                core.setModified(Optional.of(date));
                workbook.write(out);
            }
            DeterministicZip.copy(unstamped, file, asOf.atStartOfDay());
        } finally {
            Files.deleteIfExists(unstamped);
        }
    }

    private void fill(XSSFWorkbook workbook, Figures figures) {
        Table<MunicipalityFigures> table = VerificationTable.dataset(figures.total().byPlatform()).table();
        List<Column<MunicipalityFigures>> columns = table.columns();
        VerificationStyles styles = new VerificationStyles(workbook);
        XSSFSheet sheet = workbook.createSheet(table.title());

        Cell title = sheet.createRow(TITLE_ROW).createCell(0);
        title.setCellValue("Официальные страницы с госметкой по муниципальным образованиям на " + asOf.format(RUSSIAN_DATE));
        title.setCellStyle(styles.title());
        Row header = sheet.createRow(HEADER_ROW);
        // three lines for the wrapped titles: LibreOffice does not grow a row for wrapped text by itself
        header.setHeightInPoints(3 * sheet.getDefaultRowHeightInPoints());
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(i, columns.get(i).width() * 256);
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).title());
            cell.setCellStyle(styles.header());
        }
        int rowIndex = FIRST_ROW;
        for (MunicipalityFigures municipality : figures.municipalities()) {
            put(sheet.createRow(rowIndex++), columns, municipality, styles, false);
        }
        int last = rowIndex - 1;
        put(sheet.createRow(rowIndex), columns, figures.total(), styles, true);
        sheet.createFreezePane(2, FIRST_ROW);
        // printed on one landscape page wide: officials print this sheet for meetings
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);

        String share = figures.total().count().verifiedPercent() == null ? ""
                : " (по округу " + figures.total().count().verifiedPercent().toPlainString().replace('.', ',') + " %)";
        VerificationChart.draw(sheet, "Доля официальных страниц с госметкой" + share, FIRST_ROW, last,
                indexOf(table, "municipality"), indexOf(table, "verified_percent"), rowIndex + 2);
    }

    /** One row: numbers as numbers, shares as fractions shown as percentages; the totals row in bold. */
    private static void put(Row row, List<Column<MunicipalityFigures>> columns, MunicipalityFigures figures,
                            VerificationStyles styles, boolean total) {
        for (int i = 0; i < columns.size(); i++) {
            Column<MunicipalityFigures> column = columns.get(i);
            Object value = column.valueOf(figures);
            if (value == null || "".equals(value)) {
                // no cell: an empty share (no pages) is no 0 %, and the chart leaves a gap for it
                continue;
            }
            Cell cell = row.createCell(i);
            CellStyle style;
            switch (column.type()) {
                case INTEGER -> {
                    cell.setCellValue(((Long) value).doubleValue());
                    style = styles.integer(total);
                }
                case DECIMAL -> {
                    // Excel's percent format shows 100 × the value: 91.8 is stored as 0.918
                    cell.setCellValue(((BigDecimal) value).movePointLeft(2).doubleValue());
                    style = styles.percent(total);
                }
                default -> {
                    cell.setCellValue(XlsxText.safe(String.valueOf(value)));
                    style = styles.text(total);
                }
            }
            cell.setCellStyle(style);
        }
    }

    private static int indexOf(Table<?> table, String name) {
        return table.names().indexOf(name);
    }
}
