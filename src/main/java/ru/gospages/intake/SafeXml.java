package ru.gospages.intake;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX pull parsing of the XML parts of a submission, with DTDs and external entities off: a
 * submitted file may carry an entity bomb or an XXE probe, and must never reach the network. Every
 * part passes an {@link XmlMarkupGuard}, since the parser holds each tag, comment or CDATA section whole.
 */
final class SafeXml {

    private SafeXml() {
    }

    /** A reader over one part; a new factory each time, since the JDK's factory reuses readers unsafely across threads. */
    static XMLStreamReader reader(InputStream part) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory.createXMLStreamReader(new XmlMarkupGuard(part));
    }

    /** The value of an attribute by local name in any namespace ({@code r:id} in transitional and strict OOXML), or null. */
    static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (localName.equals(xml.getAttributeLocalName(i))) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** Skips the element the reader stands on, with everything inside it. */
    static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("unexpected end of the part");
            }
        }
    }

    /**
     * The text of the element the reader stands on, up to Excel's cell limit (the rest is read and
     * dropped, so a huge text node never sits in memory whole); leaves the reader on its end tag.
     */
    static String text(XMLStreamReader xml) throws XMLStreamException {
        XmlText text = new XmlText();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("unexpected end of the part");
            } else if (depth == 1 && isText(event)) {
                text.add(xml);
            }
        }
        return text.text();
    }

    static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }
}
