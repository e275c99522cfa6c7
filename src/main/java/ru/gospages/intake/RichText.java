package ru.gospages.intake;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The plain text of an OOXML string item, a shared string {@code <si>} or an inline string
 * {@code <is>}: the {@code <t>} directly inside it and those of its rich-text runs {@code <r>},
 * without the phonetic guides {@code <rPh>}, with Excel's {@code _xHHHH_} escapes decoded.
 */
final class RichText {

    private RichText() {
    }

    /** Reads the item the reader stands on up to its end tag. */
    static String read(XMLStreamReader xml) throws XMLStreamException {
        XmlText text = new XmlText();
        int depth = 0;
        int phoneticDepth = -1;
        boolean inText = false;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = xml.getLocalName();
                if (phoneticDepth < 0 && name.equals("rPh")) {
                    phoneticDepth = depth;
                }
                inText = phoneticDepth < 0 && name.equals("t");
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == 0) {
                    return decodeEscapes(text.text());
                }
                if (depth == phoneticDepth) {
                    phoneticDepth = -1;
                }
                depth--;
                inText = false;
            } else if (inText && SafeXml.isText(event)) {
                text.add(xml);
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("unexpected end of a string item");
            }
        }
    }

    /** Excel writes characters XML cannot hold (and a literal "_x" when followed by hex) as {@code _xHHHH_}. */
    static String decodeEscapes(String plain) {
        if (plain.indexOf("_x") < 0) {
            return plain;
        }
        StringBuilder out = new StringBuilder(plain.length());
        int i = 0;
        while (i < plain.length()) {
            if (isEscape(plain, i)) {
                out.append((char) Integer.parseInt(plain.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                out.append(plain.charAt(i++));
            }
        }
        return out.toString();
    }

    private static boolean isEscape(String text, int at) {
        if (at + 7 > text.length() || text.charAt(at) != '_' || text.charAt(at + 1) != 'x' || text.charAt(at + 6) != '_') {
            return false;
        }
        for (int i = at + 2; i < at + 6; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
