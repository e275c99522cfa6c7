package ru.gospages.publish.summary;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads summary.html back for assertions. The page is written as well-formed XML on purpose, so the
 * JDK's XML parser reads it without an HTML library, and XPath finds what a reader sees.
 */
public final class HtmlPages {

    /** Attributes that make a browser fetch or open something. */
    public static final List<String> REFERENCING_ATTRIBUTES = List.of("href", "src", "srcset", "xlink:href", "action",
            "formaction", "poster", "data", "background", "cite", "ping", "manifest", "xmlns:xlink");
    /** Elements that load or run something from elsewhere. */
    public static final List<String> LOADING_ELEMENTS = List.of("script", "link", "img", "iframe", "object", "embed",
            "frame", "video", "audio", "source", "base", "image", "use", "foreignObject", "form");

    private HtmlPages() {
    }

    public static Document parse(String html) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // the doctype has no DTD to load, and nothing may be fetched while parsing anyway
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("summary.html is not well-formed: " + e.getMessage(), e);
        }
    }

    public static NodeList nodes(Document page, String xpath) {
        try {
            return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, page, XPathConstants.NODESET);
        } catch (XPathExpressionException e) {
            throw new AssertionError(e);
        }
    }

    /** The text of every node {@code xpath} finds, with runs of white space made one space. */
    public static List<String> texts(Document page, String xpath) {
        NodeList nodes = nodes(page, xpath);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().replaceAll("\\s+", " ").trim());
        }
        return texts;
    }

    /** Each table row {@code xpath} finds, as the texts of its cells joined with " | ". */
    public static List<String> rows(Document page, String xpath) {
        NodeList rows = nodes(page, xpath);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < rows.getLength(); i++) {
            NodeList cells = ((Element) rows.item(i)).getElementsByTagName("td");
            List<String> row = new ArrayList<>();
            for (int j = 0; j < cells.getLength(); j++) {
                row.add(cells.item(j).getTextContent().replaceAll("\\s+", " ").trim());
            }
            texts.add(String.join(" | ", row));
        }
        return texts;
    }

    public static String text(Document page, String xpath) {
        List<String> texts = texts(page, xpath);
        if (texts.size() != 1) {
            throw new AssertionError(xpath + " finds " + texts.size() + " nodes");
        }
        return texts.get(0);
    }

    /** Every attribute of the page as {@code element@name=value}. */
    public static List<String> attributes(Document page) {
        List<String> attributes = new ArrayList<>();
        NodeList all = page.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            NamedNodeMap map = element.getAttributes();
            for (int j = 0; j < map.getLength(); j++) {
                Attr attribute = (Attr) map.item(j);
                attributes.add(element.getTagName() + "@" + attribute.getName() + "=" + attribute.getValue());
            }
        }
        return attributes;
    }
}
