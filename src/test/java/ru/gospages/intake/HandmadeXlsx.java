package ru.gospages.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an XLSX package part by part, for what POI will not write: numbers in exponent form,
 * rows and cells without references, the 1904 date system, a sheet that inflates like a zip bomb.
 */
public final class HandmadeXlsx {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final Map<String, String> parts = new LinkedHashMap<>();
    private String workbookPr = "";
    private final StringBuilder sheets = new StringBuilder();
    private final StringBuilder workbookRels = new StringBuilder();
    private final StringBuilder overrides = new StringBuilder();
    private int sheetCount;

    public HandmadeXlsx date1904() {
        workbookPr = "<workbookPr date1904=\"1\"/>";
        return this;
    }

    /** Adds a worksheet whose {@code <sheetData>} content is given. */
    public HandmadeXlsx sheet(String name, String sheetData) {
        return sheetXml(name, "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELS + "\"><sheetData>" + sheetData
                + "</sheetData></worksheet>");
    }

    /** Adds a worksheet part written whole: a DOCTYPE before the root element, say. */
    public HandmadeXlsx sheetXml(String name, String worksheetXml) {
        sheetCount++;
        sheets.append("<sheet name=\"").append(name).append("\" sheetId=\"").append(sheetCount)
                .append("\" r:id=\"rId").append(sheetCount).append("\"/>");
        workbookRels.append(relationship("rId" + sheetCount, "worksheet", "worksheets/sheet" + sheetCount + ".xml"));
        parts.put("xl/worksheets/sheet" + sheetCount + ".xml", worksheetXml);
        return this;
    }

    /** Adds styles whose cellXfs are the given number format ids, in order. */
    public HandmadeXlsx styles(int... numFmtIds) {
        StringBuilder xfs = new StringBuilder();
        for (int id : numFmtIds) {
            xfs.append("<xf numFmtId=\"").append(id).append("\" applyNumberFormat=\"1\"/>");
        }
        parts.put("xl/styles.xml", "<styleSheet xmlns=\"" + MAIN + "\"><cellXfs count=\"" + numFmtIds.length + "\">" + xfs + "</cellXfs></styleSheet>");
        workbookRels.append(relationship("rIdStyles", "styles", "styles.xml"));
        return this;
    }

    /** Adds a part as it is, with an override of its content type when {@code contentType} is not null. */
    public HandmadeXlsx part(String name, String content, String contentType) {
        parts.put(name, content);
        if (contentType != null) {
            overrides.append("<Override PartName=\"/").append(name).append("\" ContentType=\"").append(contentType).append("\"/>");
        }
        return this;
    }

    public HandmadeXlsx sharedStrings(String... strings) {
        StringBuilder items = new StringBuilder();
        for (String s : strings) {
            items.append("<si><t>").append(s).append("</t></si>");
        }
        parts.put("xl/sharedStrings.xml", "<sst xmlns=\"" + MAIN + "\">" + items + "</sst>");
        workbookRels.append(relationship("rIdStrings", "sharedStrings", "sharedStrings.xml"));
        return this;
    }

    public void write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + overrides + "</Types>");
            put(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + relationship("rId1", "officeDocument", "xl/workbook.xml") + "</Relationships>");
            put(zip, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELS + "\">" + workbookPr
                    + "<sheets>" + sheets + "</sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + workbookRels + "</Relationships>");
            for (Map.Entry<String, String> part : parts.entrySet()) {
                put(zip, part.getKey(), part.getValue());
            }
        }
    }

    private static String relationship(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + RELS + "/" + type + "\" Target=\"" + target + "\"/>";
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
