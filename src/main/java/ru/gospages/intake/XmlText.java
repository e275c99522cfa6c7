package ru.gospages.intake;

import javax.xml.stream.XMLStreamReader;

/**
 * The text of one element as the parser's text events deliver it, cut at Excel's cell limit (the
 * rest is dropped as it comes, so a huge text node never sits in memory whole). Nearly every cell
 * value arrives in one event and becomes one string, without a builder: copying every value
 * twice was a tenth of the sheet reader's allocation.
 */
final class XmlText {

    private String single;
    private StringBuilder joined;

    /** Adds the text event the reader stands on. */
    void add(XMLStreamReader xml) {
        int length = xml.getTextLength();
        if (single == null && joined == null) {
            single = new String(xml.getTextCharacters(), xml.getTextStart(), Math.min(length, CellValues.MAX_CELL_CHARS));
            return;
        }
        if (joined == null) {
            joined = new StringBuilder(single);
            single = null;
        }
        int room = CellValues.MAX_CELL_CHARS - joined.length();
        if (room > 0) {
            joined.append(xml.getTextCharacters(), xml.getTextStart(), Math.min(room, length));
        }
    }

    /** The text added so far; "" when none. */
    String text() {
        return joined != null ? joined.toString() : single != null ? single : "";
    }
}
