package ru.gospages.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Which cell styles of an XLSX workbook show their number as a date: the number format of each
 * {@code <cellXfs>} entry of {@code styles.xml}, judged by POI's {@link DateUtil#isADateFormat}.
 * Read with StAX rather than POI's {@code StylesTable}: it needs only two lists, keeps no XML
 * objects, and does not mind the namespaces of strict OOXML.
 */
final class DateStyles {

    static final DateStyles NONE = new DateStyles(new BitSet());

    private final BitSet dateStyles;

    private DateStyles(BitSet dateStyles) {
        this.dateStyles = dateStyles;
    }

    /** Reads a {@code styles.xml} part. */
    static DateStyles read(InputStream part) throws IOException, XMLStreamException {
        Map<Integer, String> customFormats = new HashMap<>();
        Map<Integer, Boolean> isDateFormat = new HashMap<>();
        BitSet dateStyles = new BitSet();
        int style = 0;
        boolean inCellXfs = false;
        XMLStreamReader xml = SafeXml.reader(part);
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("numFmt")) {
                        Integer id = parseId(SafeXml.attribute(xml, "numFmtId"));
                        String code = SafeXml.attribute(xml, "formatCode");
                        if (id != null && code != null) {
                            customFormats.put(id, code);
                        }
                    } else if (name.equals("cellXfs")) {
                        inCellXfs = true;
                    } else if (inCellXfs && name.equals("xf")) {
                        Integer id = parseId(SafeXml.attribute(xml, "numFmtId"));
                        int formatId = id == null ? 0 : id;
                        // formats come before cellXfs in styles.xml, so each can be judged as soon as it is used
                        if (isDateFormat.computeIfAbsent(formatId, f -> isDate(f, customFormats.get(f)))) {
                            dateStyles.set(style);
                        }
                        style++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
        } finally {
            xml.close();
            part.close();
        }
        return new DateStyles(dateStyles);
    }

    /** True when the cell style with this index ({@code <c s="3">}) formats numbers as dates. */
    boolean isDate(String styleIndex) {
        if (styleIndex == null || dateStyles.isEmpty()) {
            return false;
        }
        Integer index = parseId(styleIndex);
        return index != null && dateStyles.get(index);
    }

    private static boolean isDate(int formatId, String customCode) {
        String code = customCode != null ? customCode : BuiltinFormats.getBuiltinFormat(formatId);
        return code != null && DateUtil.isADateFormat(formatId, code);
    }

    private static Integer parseId(String text) {
        if (text == null) {
            return null;
        }
        try {
            int id = Integer.parseInt(text.trim());
            return id >= 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
