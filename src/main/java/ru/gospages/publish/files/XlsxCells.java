package ru.gospages.publish.files;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;

/** Puts one typed value into a worksheet row: numbers as numbers, «да»/«нет», guarded text, clickable links. */
final class XlsxCells {

    // Excel refuses string literals over 255 characters inside a formula
    private static final int MAX_FORMULA_TEXT = 255;

    private XlsxCells() {
    }

    /** Writes {@code value} into column {@code index} of the current row; an absent or empty value leaves no cell. */
    static void put(SheetXmlWriter sheet, int index, ColumnType type, Object value) throws IOException {
        // no cell rather than an empty text cell, so the filter's «(Пустые)» finds it
        if (value == null || "".equals(value)) {
            return;
        }
        switch (type) {
            case TEXT -> sheet.text(index, XlsxText.safe((String) value), XlsxStyles.NONE);
            case URL -> putLink(sheet, index, (String) value);
            case INTEGER -> sheet.number(index, value.toString(), XlsxStyles.INTEGER);
            case DECIMAL -> putDecimal(sheet, index, (BigDecimal) value);
            case BOOLEAN -> sheet.text(index, (Boolean) value ? "да" : "нет", XlsxStyles.NONE);
        }
    }

    /**
     * A HYPERLINK formula with the address as its cached text. Not a sheet hyperlink: those are
     * listed after the rows, each with a relationship, so every address would be held until the
     * sheet ends, and Excel keeps at most 65,530 per sheet; a formula cell is streamed like any other.
     */
    private static void putLink(SheetXmlWriter sheet, int index, String url) throws IOException {
        String literal = '"' + url.replace("\"", "\"\"") + '"';
        if (!isLinkable(url, literal)) {
            sheet.text(index, XlsxText.safe(url), XlsxStyles.NONE);
            return;
        }
        sheet.formula(index, "HYPERLINK(" + literal + "," + literal + ")", url, XlsxStyles.LINK);
    }

    private static boolean isLinkable(String url, String literal) {
        String lower = url.toLowerCase(Locale.ROOT);
        // the literal's two quotes do not count towards Excel's limit
        return (lower.startsWith("https://") || lower.startsWith("http://")) && literal.length() - 2 <= MAX_FORMULA_TEXT;
    }

    /** A decimal as the nearest double, as Excel holds it; one too large for a double is shown as text. */
    private static void putDecimal(SheetXmlWriter sheet, int index, BigDecimal value) throws IOException {
        double number = value.doubleValue();
        if (Double.isInfinite(number)) {
            sheet.text(index, value.toString(), XlsxStyles.NONE);
        } else {
            sheet.number(index, Double.toString(number), XlsxStyles.DECIMAL);
        }
    }
}
