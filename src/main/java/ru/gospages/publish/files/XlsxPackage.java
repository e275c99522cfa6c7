package ru.gospages.publish.files;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The zip of a written XLSX workbook, made in one pass: the fixed parts, then the worksheets one
 * after another (each one's rows held in a temporary file until its dimension is known), then the parts that list the sheets (workbook, its
 * relationships, content types), which can only be written once every sheet is known. Readers go
 * by the zip's central directory, not by the order of entries (openpyxl, too, writes the content
 * types last). Every entry carries the document date as its time, so the same rows and date give
 * the same bytes.
 */
final class XlsxPackage implements Closeable {

    private static final int FILE_BUFFER = 1 << 16;

    private final ZipOutputStream zip;
    private final LocalDateTime entryTime;
    private final List<TableRange> sheets = new ArrayList<>();
    private final Path folder;
    private SheetXmlWriter sheet;
    private Path sheetBody;
    private OutputStream sheetBodyOut;

    /** Creates or replaces {@code file}; {@code level} is the deflate level, 1 (fastest) to 9 (smallest). */
    XlsxPackage(Path file, LocalDate documentDate, int level) throws IOException {
        this.zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), FILE_BUFFER));
        this.entryTime = documentDate.atStartOfDay();
        this.folder = file.toAbsolutePath().getParent();
        zip.setLevel(level);
        // _rels/.rels first and an xl/ part second: what file(1) and other sniffers take for a workbook
        part("_rels/.rels", XlsxParts::packageRelationships);
        part("xl/styles.xml", xml -> xml.markup(XlsxStyles.PART));
        part("docProps/core.xml", xml -> XlsxParts.coreProperties(xml, documentDate));
        part("docProps/app.xml", XlsxParts::appProperties);
    }

    /**
     * Ends the sheet being written, if any, and starts the next one; the first is the tab shown on
     * opening. The sheet's rows go to a temporary file beside the workbook until it ends: its
     * {@code <dimension>} must come before them and is known only then.
     */
    SheetXmlWriter startSheet(String name, List<Integer> widths) throws IOException {
        endSheet();
        sheetBody = Files.createTempFile(folder, ".sheet", ".xml.part");
        // opened without truncating (it is new and empty): ext4 flushes a file truncated to zero to disk
        // when it is closed, 0.6 s at 1,000,000 rows for a file read once and deleted
        sheetBodyOut = new BufferedOutputStream(Files.newOutputStream(sheetBody, StandardOpenOption.WRITE), FILE_BUFFER);
        sheet = new SheetXmlWriter(sheetBodyOut, name, widths, sheets.isEmpty());
        return sheet;
    }

    /** Ends the last sheet and writes the parts that list the sheets; {@link #close} then completes the file. */
    void finish() throws IOException {
        endSheet();
        part("xl/workbook.xml", xml -> XlsxParts.workbook(xml, sheets));
        part("xl/_rels/workbook.xml.rels", xml -> XlsxParts.workbookRelationships(xml, sheets.size()));
        part("[Content_Types].xml", xml -> XlsxParts.contentTypes(xml, sheets.size()));
    }

    /** Writes the zip's directory and closes the file, finished or not (a failed write is deleted by the caller). */
    @Override
    public void close() throws IOException {
        try {
            zip.close();
        } finally {
            deleteSheetBody();
        }
    }

    /** Writes the sheet's entry: its head with the dimension, then its rows copied from the temporary file. */
    private void endSheet() throws IOException {
        if (sheet != null) {
            TableRange range = sheet.end();
            sheetBodyOut.close();
            zip.putNextEntry(entry(XlsxParts.WORKSHEETS + (sheets.size() + 1) + ".xml"));
            XmlBytes head = new XmlBytes(zip);
            head.markup(SheetXmlWriter.head(range));
            head.flush();
            Files.copy(sheetBody, zip);
            zip.closeEntry();
            sheets.add(range);
            sheet = null;
            deleteSheetBody();
        }
    }

    private void deleteSheetBody() throws IOException {
        if (sheetBodyOut != null) {
            sheetBodyOut.close();
            sheetBodyOut = null;
        }
        if (sheetBody != null) {
            Files.deleteIfExists(sheetBody);
            sheetBody = null;
        }
    }

    private void part(String name, PartContent content) throws IOException {
        zip.putNextEntry(entry(name));
        XmlBytes xml = new XmlBytes(zip);
        content.writeTo(xml);
        xml.flush();
        zip.closeEntry();
    }

    /** An entry with the document date as its MS-DOS local time and no extra time fields, whatever the JVM's zone. */
    private ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(entryTime);
        return entry;
    }

    private interface PartContent {
        void writeTo(XmlBytes xml) throws IOException;
    }
}
