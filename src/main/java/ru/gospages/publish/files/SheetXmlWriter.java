package ru.gospages.publish.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the XML of one worksheet row by row: a frozen first row, the column widths, cells with
 * their A1 references, and at the end the auto-filter over all rows written. Only the row being
 * written is in memory. Strings are inline ({@code t="inlineStr"}): a shared-strings table would
 * hold every distinct text until the end.
 */
final class SheetXmlWriter {

    private static final byte[] ROW = ascii("<row r=\"");
    private static final byte[] TAG_END = ascii("\">");
    private static final byte[] ROW_END = ascii("</row>");
    private static final byte[] INLINE_TEXT = ascii(" t=\"inlineStr\"><is><t>");
    private static final byte[] INLINE_PRESERVED_TEXT = ascii(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
    private static final byte[] INLINE_TEXT_END = ascii("</t></is></c>");
    private static final byte[] NUMBER = ascii("><v>");
    private static final byte[] VALUE_END = ascii("</v></c>");
    private static final byte[] FORMULA = ascii(" t=\"str\"><f>");
    private static final byte[] FORMULA_END = ascii("</f><v>");
    private static final byte[][] STYLE_ATTRIBUTES = styleAttributes();

    private final XmlBytes xml;
    private final String name;
    private final byte[][] cellStarts;
    private byte[] rowNumber = new byte[0];
    private int rows;

    /**
     * Writes everything from {@code <sheetViews>} to the first row to {@code out}, which stays open;
     * {@link #head} comes before it.
     *
     * @param widths   the width of each column in characters
     * @param selected whether this is the tab shown when the workbook opens (the first one)
     */
    SheetXmlWriter(OutputStream out, String name, List<Integer> widths, boolean selected) throws IOException {
        this.xml = new XmlBytes(out);
        this.name = name;
        this.cellStarts = new byte[widths.size()][];
        for (int i = 0; i < cellStarts.length; i++) {
            cellStarts[i] = ascii("<c r=\"" + TableRange.columnLetters(i));
        }
        xml.markup("<sheetViews><sheetView workbookViewId=\"0\"" + (selected ? " tabSelected=\"1\"" : "") + ">"
                + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "<selection pane=\"bottomLeft\"/></sheetView></sheetViews>"
                + "<sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        for (int i = 0; i < widths.size(); i++) {
            xml.markup("<col min=\"" + (i + 1) + "\" max=\"" + (i + 1) + "\" width=\"" + widths.get(i)
                    + "\" customWidth=\"1\"/>");
        }
        xml.markup("</cols><sheetData>");
    }

    /**
     * What comes before everything this writer writes: the declaration, the worksheet element and
     * the sheet's {@code <dimension>} (OOXML puts it before {@code <sheetViews>}; readers such as
     * openpyxl's read-only mode size the sheet from it), known only once the last row is written.
     */
    static String head(TableRange range) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<dimension ref=\"" + range.ref() + "\"/>";
    }

    /** Starts the next row; the first one is the header. */
    void startRow() throws IOException {
        rowNumber = ascii(Integer.toString(++rows));
        xml.markup(ROW).markup(rowNumber).markup(TAG_END);
    }

    void endRow() throws IOException {
        xml.markup(ROW_END);
    }

    /** A text cell; Excel drops leading and trailing spaces unless told to keep them. */
    void text(int column, String text, int style) throws IOException {
        boolean spaced = !text.isEmpty()
                && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)));
        startCell(column, style);
        xml.markup(spaced ? INLINE_PRESERVED_TEXT : INLINE_TEXT).text(text).markup(INLINE_TEXT_END);
    }

    /** A number cell; {@code number} in the XML Schema form of a double, e.g. {@code 12345} or {@code 91.0}. */
    void number(int column, String number, int style) throws IOException {
        startCell(column, style);
        xml.markup(NUMBER).markup(number).markup(VALUE_END);
    }

    /** A formula cell whose result is text, with that text as the cached value readers show without calculating. */
    void formula(int column, String formula, String cachedText, int style) throws IOException {
        startCell(column, style);
        xml.markup(FORMULA).text(formula).markup(FORMULA_END).text(cachedText).markup(VALUE_END);
    }

    /** Closes the sheet with its auto-filter over every row written, header included; returns that range. */
    TableRange end() throws IOException {
        TableRange range = new TableRange(name, cellStarts.length, rows);
        xml.markup("</sheetData><autoFilter ref=\"" + range.ref() + "\"/>"
                // Excel's default print margins, as POI wrote them
                + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
                + "</worksheet>");
        xml.flush();
        return range;
    }

    private void startCell(int column, int style) throws IOException {
        xml.markup(cellStarts[column]).markup(rowNumber).markup(STYLE_ATTRIBUTES[style]);
    }

    /** The end of a cell's reference and its style attribute, by style; the default style needs none. */
    private static byte[][] styleAttributes() {
        byte[][] attributes = new byte[XlsxStyles.COUNT][];
        attributes[XlsxStyles.NONE] = ascii("\"");
        for (int style = 1; style < XlsxStyles.COUNT; style++) {
            attributes[style] = ascii("\" s=\"" + style + "\"");
        }
        return attributes;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
