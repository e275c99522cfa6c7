package ru.gospages.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;

/**
 * What reading an XLSX package needs besides its sheets' rows: the visible worksheets in tab order,
 * the shared strings, the date styles and the 1904 date system flag, from {@code workbook.xml} and
 * the parts it relates to. Relationship types are matched by their last segment, which transitional
 * and strict OOXML share.
 */
final class XlsxWorkbook {

    /** A visible worksheet: its tab name and its XML part. */
    record Sheet(String name, PackagePart part) {
    }

    private final List<Sheet> sheets;
    private final SharedStrings sharedStrings;
    private final DateStyles dateStyles;
    private final boolean date1904;

    private XlsxWorkbook(List<Sheet> sheets, SharedStrings sharedStrings, DateStyles dateStyles, boolean date1904) {
        this.sheets = sheets;
        this.sharedStrings = sharedStrings;
        this.dateStyles = dateStyles;
        this.date1904 = date1904;
    }

    /** Reads the workbook part of a package; F-UNREADABLE when the package holds no workbook (a .docx, say). */
    static XlsxWorkbook read(OPCPackage pkg) throws IOException, XMLStreamException, InvalidFormatException, SubmissionException {
        PackagePart workbook = workbookPart(pkg);
        List<Sheet> sheets = new ArrayList<>();
        boolean date1904 = false;
        try (InputStream in = workbook.getInputStream()) {
            XMLStreamReader xml = SafeXml.reader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("workbookPr")) {
                    String flag = SafeXml.attribute(xml, "date1904");
                    date1904 = "1".equals(flag) || "true".equalsIgnoreCase(flag);
                } else if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
                    addVisibleWorksheet(workbook, xml, sheets);
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheets")) {
                    break;
                }
            }
            xml.close();
        }
        PackagePart strings = relatedPart(workbook, "sharedStrings");
        PackagePart styles = relatedPart(workbook, "styles");
        return new XlsxWorkbook(List.copyOf(sheets),
                strings == null ? SharedStrings.NONE : SharedStrings.read(strings.getInputStream()),
                styles == null ? DateStyles.NONE : DateStyles.read(styles.getInputStream()),
                date1904);
    }

    List<Sheet> sheets() {
        return sheets;
    }

    SharedStrings sharedStrings() {
        return sharedStrings;
    }

    DateStyles dateStyles() {
        return dateStyles;
    }

    boolean date1904() {
        return date1904;
    }

    private static PackagePart workbookPart(OPCPackage pkg) throws SubmissionException {
        PackageRelationshipCollection core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (core.size() == 0) {
            core = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        PackagePart part = core.size() == 0 ? null : pkg.getPart(core.getRelationship(0));
        String type = part == null ? "" : part.getContentType();
        // a Word or PowerPoint package renamed .xlsx has a core document too, of another content type
        if (!type.contains("spreadsheetml") && !type.startsWith("application/vnd.ms-excel")) {
            throw FileProblems.unreadable(FileProblems.NOT_A_WORKBOOK);
        }
        return part;
    }

    private static void addVisibleWorksheet(PackagePart workbook, XMLStreamReader xml, List<Sheet> sheets)
            throws InvalidFormatException, SubmissionException {
        String state = SafeXml.attribute(xml, "state");
        if ("hidden".equals(state) || "veryHidden".equals(state)) {
            return;
        }
        String id = SafeXml.attribute(xml, "id");
        PackageRelationship relationship = id == null ? null : workbook.getRelationship(id);
        if (relationship == null || !relationship.getRelationshipType().endsWith("/worksheet")) {
            return; // chart sheets, dialog and macro sheets hold no table
        }
        PackagePart part = workbook.getRelatedPart(relationship);
        if (part == null) {
            throw FileProblems.unreadable(FileProblems.DAMAGED_CONTENT);
        }
        String name = SafeXml.attribute(xml, "name");
        sheets.add(new Sheet(name == null ? "" : name, part));
    }

    private static PackagePart relatedPart(PackagePart workbook, String typeSuffix) throws InvalidFormatException {
        for (PackageRelationship relationship : workbook.getRelationships()) {
            if (relationship.getRelationshipType().endsWith("/" + typeSuffix)) {
                return workbook.getRelatedPart(relationship);
            }
        }
        return null;
    }
}
