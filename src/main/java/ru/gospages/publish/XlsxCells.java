package ru.gospages.publish;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;

/** Puts one typed value into an XLSX cell: numbers as numbers, «да»/«нет», guarded text, clickable links. */
final class XlsxCells {

    // Excel refuses string literals over 255 characters inside a formula
    private static final int MAX_FORMULA_TEXT = 255;

    private final XlsxStyles styles;

    XlsxCells(XlsxStyles styles) {
        this.styles = styles;
    }

    /** Writes {@code value} into column {@code index} of {@code row}; an absent or empty value leaves no cell. */
    void put(Row row, int index, ColumnType type, Object value) {
        // no cell rather than an empty text cell, so the filter's «(Пустые)» finds it
        if (value == null || "".equals(value)) {
            return;
        }
        Cell cell = row.createCell(index);
        switch (type) {
            case TEXT -> cell.setCellValue(XlsxText.safe((String) value));
            case URL -> putLink(cell, (String) value);
            case INTEGER -> {
                cell.setCellValue(((Long) value).doubleValue());
                cell.setCellStyle(styles.integer());
            }
            case DECIMAL -> {
                cell.setCellValue(((BigDecimal) value).doubleValue());
                cell.setCellStyle(styles.decimal());
            }
            case BOOLEAN -> cell.setCellValue((Boolean) value ? "да" : "нет");
        }
    }

    /**
     * A HYPERLINK formula with the address as its cached text. Not {@code Cell.setHyperlink}: SXSSF
     * keeps every hyperlink object in memory until the end and Excel keeps at most 65,530 per
     * sheet, while a formula cell is streamed like any other (see the benchmark in the tests).
     */
    private void putLink(Cell cell, String url) {
        if (!isLinkable(url)) {
            cell.setCellValue(XlsxText.safe(url));
            return;
        }
        // value first: SXSSF keeps a cell's text as the formula's cached result
        cell.setCellValue(url);
        String literal = '"' + url.replace("\"", "\"\"") + '"';
        cell.setCellFormula("HYPERLINK(" + literal + "," + literal + ")");
        cell.setCellStyle(styles.link());
    }

    private static boolean isLinkable(String url) {
        String lower = url.toLowerCase();
        return (lower.startsWith("https://") || lower.startsWith("http://"))
                && url.replace("\"", "\"\"").length() <= MAX_FORMULA_TEXT;
    }
}
