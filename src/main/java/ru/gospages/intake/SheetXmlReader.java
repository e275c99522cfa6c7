package ru.gospages.intake;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A pull parser over one XLSX worksheet part: each call reads {@code <row>} elements until one has
 * visible text. Rows and cells without an {@code r} reference follow the previous one; cell values
 * are turned into text by their type ({@code t}) and, for numbers, their style ({@code s}).
 */
final class SheetXmlReader {

    /** Excel's column limit (XFD); a reference beyond it is not a cell Excel could show. */
    private static final int MAX_COLUMNS = 16_384;

    private final XMLStreamReader xml;
    private final XlsxWorkbook book;
    private final SheetLinks links;
    private final List<String> cells = new ArrayList<>();
    private int lastRow;
    private boolean done;
    // the attributes of the cell being read, found in one pass over its start tag
    private String cellReference;
    private String cellType;
    private String cellStyle;

    SheetXmlReader(XMLStreamReader xml, XlsxWorkbook book, SheetLinks links) {
        this.xml = xml;
        this.book = book;
        this.links = links;
    }

    /** The next row with visible text, or null after the last row of the sheet. */
    RawRow nextRow() throws XMLStreamException {
        while (!done) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                RawRow row = readRow();
                if (!row.isBlank()) {
                    return row;
                }
            } else if (event == XMLStreamConstants.END_DOCUMENT
                    || event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
                done = true; // what follows (merged cells, hyperlinks, drawings) is no row
            }
        }
        return null;
    }

    private RawRow readRow() throws XMLStreamException {
        int number = positive(SafeXml.attribute(xml, "r"), lastRow + 1);
        lastRow = number;
        cells.clear();
        int nextColumn = 0;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                readCellAttributes();
                int column = column(cellReference, nextColumn);
                nextColumn = column + 1;
                String value = readCell(number, column);
                if (value != null && column < MAX_COLUMNS) {
                    while (cells.size() <= column) {
                        cells.add(null);
                    }
                    cells.set(column, value);
                }
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                SafeXml.skipElement(xml);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return new RawRow(number, cells.toArray(new String[0]));
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the sheet ends inside row " + number);
            }
        }
    }

    /** As {@link SafeXml#attribute} would find them (the first of a local name, in any namespace), in one pass. */
    private void readCellAttributes() {
        cellReference = null;
        cellType = null;
        cellStyle = null;
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            switch (xml.getAttributeLocalName(i)) {
                case "r" -> cellReference = cellReference == null ? xml.getAttributeValue(i) : cellReference;
                case "t" -> cellType = cellType == null ? xml.getAttributeValue(i) : cellType;
                case "s" -> cellStyle = cellStyle == null ? xml.getAttributeValue(i) : cellStyle;
                default -> { }
            }
        }
    }

    private String readCell(int row, int column) throws XMLStreamException {
        String type = cellType;
        String style = cellStyle;
        String stored = null;
        String inline = null;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v" -> stored = SafeXml.text(xml);
                    case "is" -> inline = RichText.read(xml);
                    default -> SafeXml.skipElement(xml); // <f>: the cached <v> is the value
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the sheet ends inside a cell");
            }
        }
        String value = value(type == null ? "n" : type, style, stored, inline);
        String target = links.target(row, column);
        return target == null ? value : CellValues.linkOrText(value == null ? "" : value, target);
    }

    private String value(String type, String style, String stored, String inline) {
        switch (type) {
            case "s":
                return stored == null ? null : book.sharedStrings().get(stored);
            case "inlineStr":
                return inline != null ? inline : stored;
            case "str":
            case "e":
                return stored;
            case "b":
                return stored == null || stored.isBlank() ? null
                        : CellValues.bool(stored.trim().equals("1") || stored.trim().equalsIgnoreCase("true"));
            case "d":
                return stored == null ? null : isoDate(stored.trim());
            default:
                if (stored == null || stored.isBlank()) {
                    return null;
                }
                return book.dateStyles().isDate(style) ? date(stored) : CellValues.number(stored);
        }
    }

    private String date(String stored) {
        try {
            return CellValues.date(Double.parseDouble(stored.trim()), book.date1904());
        } catch (NumberFormatException e) {
            return CellValues.number(stored);
        }
    }

    /** A {@code t="d"} cell holds an ISO 8601 date-time; a date without time of day becomes a date. */
    private static String isoDate(String stored) {
        try {
            LocalDateTime dateTime = LocalDateTime.parse(stored.endsWith("Z") ? stored.substring(0, stored.length() - 1) : stored);
            return CellValues.dateTime(dateTime.withNano(0));
        } catch (RuntimeException e) {
            return stored;
        }
    }

    /** The 0-based column of a reference such as {@code AB12}, or {@code next} when there is none. */
    static int column(String reference, int next) {
        if (reference == null) {
            return next;
        }
        int column = 0;
        int letters = 0;
        for (int i = 0; i < reference.length() && letters <= 3; i++) {
            char c = Character.toUpperCase(reference.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            letters++;
        }
        return letters == 0 || letters > 3 ? next : column - 1;
    }

    private static int positive(String number, int otherwise) {
        if (number == null) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(number.trim());
            return value > 0 ? value : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
