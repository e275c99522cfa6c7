package ru.gospages.publish.files;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * What the small parts of a written workbook say: the package and workbook relationships, the
 * content types, the document properties and the workbook part that names the sheets and their
 * filter ranges. Sheets are {@code xl/worksheets/sheet1.xml}, … in tab order, related as
 * {@code rId1}, …; the styles part comes after them.
 */
final class XlsxParts {

    static final String WORKSHEETS = "xl/worksheets/sheet";
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String SPREADSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    private XlsxParts() {
    }

    static void packageRelationships(XmlBytes xml) throws IOException {
        xml.markup(DECLARATION + "<Relationships xmlns=\"" + RELATIONSHIPS + "\">"
                + relationship("rId1", OFFICE + "/officeDocument", "xl/workbook.xml")
                + relationship("rId2", RELATIONSHIPS + "/metadata/core-properties", "docProps/core.xml")
                + relationship("rId3", OFFICE + "/extended-properties", "docProps/app.xml")
                + "</Relationships>");
    }

    /** Created and modified on {@code documentDate} at midnight UTC: the period's date, never the time of writing. */
    static void coreProperties(XmlBytes xml, LocalDate documentDate) throws IOException {
        String date = documentDate + "T00:00:00Z";
        xml.markup(DECLARATION + "<cp:coreProperties"
                + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:creator>gospages</dc:creator>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + date + "</dcterms:created>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + date + "</dcterms:modified>"
                + "</cp:coreProperties>");
    }

    static void appProperties(XmlBytes xml) throws IOException {
        xml.markup(DECLARATION
                + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>gospages</Application></Properties>");
    }

    /** The sheets in tab order, each with the hidden name Excel keeps for its auto-filter. */
    static void workbook(XmlBytes xml, List<TableRange> sheets) throws IOException {
        xml.markup(DECLARATION + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"" + OFFICE + "\">"
                + "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (int i = 0; i < sheets.size(); i++) {
            xml.markup("<sheet name=\"").attribute(sheets.get(i).sheetName())
                    .markup("\" sheetId=\"" + (i + 1) + "\" r:id=\"rId" + (i + 1) + "\"/>");
        }
        xml.markup("</sheets><definedNames>");
        for (int i = 0; i < sheets.size(); i++) {
            xml.markup("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"" + i + "\" hidden=\"1\">")
                    .text(sheets.get(i).absoluteRef()).markup("</definedName>");
        }
        xml.markup("</definedNames></workbook>");
    }

    static void workbookRelationships(XmlBytes xml, int sheets) throws IOException {
        xml.markup(DECLARATION + "<Relationships xmlns=\"" + RELATIONSHIPS + "\">");
        for (int i = 1; i <= sheets; i++) {
            xml.markup(relationship("rId" + i, OFFICE + "/worksheet", "worksheets/sheet" + i + ".xml"));
        }
        xml.markup(relationship("rId" + (sheets + 1), OFFICE + "/styles", "styles.xml") + "</Relationships>");
    }

    static void contentTypes(XmlBytes xml, int sheets) throws IOException {
        xml.markup(DECLARATION + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + override("/xl/workbook.xml", SPREADSHEET + "sheet.main+xml")
                + override("/xl/styles.xml", SPREADSHEET + "styles+xml")
                + override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
                + override("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"));
        for (int i = 1; i <= sheets; i++) {
            xml.markup(override("/" + WORKSHEETS + i + ".xml", SPREADSHEET + "worksheet+xml"));
        }
        xml.markup("</Types>");
    }

    private static String relationship(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
    }

    private static String override(String part, String contentType) {
        return "<Override PartName=\"" + part + "\" ContentType=\"" + contentType + "\"/>";
    }
}
