package ru.gospages.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The shared strings table of an XLSX workbook as plain strings. Like every XLSX reader we hold it
 * in memory, since cells refer to it by index in any order; unlike POI's
 * {@code ReadOnlySharedStringsTable} a lookup makes no rich-text object, and each string is cut to
 * Excel's cell limit once, so a hostile 1 MB string referenced by thousands of cells costs little.
 */
final class SharedStrings {

    static final SharedStrings NONE = new SharedStrings(List.of());

    private final List<String> strings;

    private SharedStrings(List<String> strings) {
        this.strings = strings;
    }

    /** Reads a {@code sharedStrings.xml} part. */
    static SharedStrings read(InputStream part) throws IOException, XMLStreamException {
        List<String> strings = new ArrayList<>();
        XMLStreamReader xml = SafeXml.reader(part);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
                    strings.add(RichText.read(xml));
                }
            }
        } finally {
            xml.close();
            part.close();
        }
        return new SharedStrings(strings);
    }

    /** The string at an index as written in a cell ({@code <v>12</v>}), or null when there is no such string. */
    String get(String index) {
        try {
            int i = Integer.parseInt(index.trim());
            return i >= 0 && i < strings.size() ? strings.get(i) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    int size() {
        return strings.size();
    }
}
