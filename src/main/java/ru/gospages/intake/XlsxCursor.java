package ru.gospages.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;

/**
 * The cursor over an opened XLSX package: one worksheet part streamed at a time. Whatever POI or
 * StAX throws while reading becomes a file problem here, so nothing unchecked reaches the job.
 */
final class XlsxCursor implements SheetCursor {

    private final OPCPackage pkg;
    private final XlsxWorkbook book;
    private final int maxRows;
    private final Runnable afterClose;
    private int nextSheet;
    private String sheetName;
    private InputStream sheetStream;
    private XMLStreamReader sheetXml;
    private SheetXmlReader sheet;
    private int rows;

    XlsxCursor(OPCPackage pkg, XlsxWorkbook book, IntakeLimits limits, Runnable afterClose) {
        this.pkg = pkg;
        this.book = book;
        this.maxRows = limits.maxRowsPerSheet();
        this.afterClose = afterClose;
    }

    @Override
    public Optional<String> nextSheet() throws SubmissionException {
        closeSheet();
        if (nextSheet >= book.sheets().size()) {
            return Optional.empty();
        }
        XlsxWorkbook.Sheet next = book.sheets().get(nextSheet++);
        sheetName = next.name();
        try {
            SheetLinks links = SheetLinks.scan(next.part());
            sheetStream = next.part().getInputStream();
            sheetXml = SafeXml.reader(sheetStream);
            sheet = new SheetXmlReader(sheetXml, book, links);
            rows = 0;
            return Optional.of(sheetName);
        } catch (Exception e) {
            closeSheet();
            throw FileProblems.failure(e, sheetProblem());
        }
    }

    @Override
    public RawRow nextRow() throws SubmissionException {
        if (sheet == null) {
            return null;
        }
        RawRow row;
        try {
            row = sheet.nextRow();
        } catch (Exception e) {
            throw FileProblems.failure(e, sheetProblem());
        }
        if (row != null && ++rows > maxRows) {
            throw FileProblems.tooManyRows(sheetName, maxRows);
        }
        return row;
    }

    @Override
    public void close() {
        closeSheet();
        try {
            pkg.revert(); // closes a read-only package without trying to save it
        } catch (RuntimeException e) {
            // nothing was written, and the job goes on with the next file
        } finally {
            afterClose.run();
        }
    }

    private String sheetProblem() {
        return FileProblems.DAMAGED_CONTENT + ", лист «" + sheetName + "»";
    }

    private void closeSheet() {
        sheet = null;
        try {
            if (sheetXml != null) {
                sheetXml.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            // the part is closed below anyway
        }
        try {
            if (sheetStream != null) {
                sheetStream.close();
            }
        } catch (IOException | RuntimeException e) {
            // a read-only stream of a package part: nothing to lose
        }
        sheetXml = null;
        sheetStream = null;
    }
}
