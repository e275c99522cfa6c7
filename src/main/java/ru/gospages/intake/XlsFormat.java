package ru.gospages.intake;

import java.nio.file.Path;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Excel 97–2003 workbooks (BIFF8 .xls), read with POI's HSSF user model: the whole workbook is in
 * memory, which the format's 65,536 rows per sheet keep moderate.
 */
public final class XlsFormat implements SheetFormat {

    private static final String ENCRYPTED_OOXML = "EncryptionInfo";

    @Override
    public Set<String> extensions() {
        return Set.of("xls");
    }

    @Override
    public SheetCursor open(Path file, IntakeLimits limits) throws SubmissionException {
        FileChecks.checkSize(file, limits);
        checkContainer(file);
        POIFSFileSystem container = null;
        try {
            container = new POIFSFileSystem(file.toFile(), true);
            if (container.getRoot().hasEntry(ENCRYPTED_OOXML)) {
                throw FileProblems.encrypted(null); // an encrypted .xlsx renamed .xls: encrypted either way
            }
            HSSFWorkbook workbook = new HSSFWorkbook(container.getRoot(), false);
            return new XlsCursor(workbook, container, limits);
        } catch (SubmissionException e) {
            Quietly.close(container);
            throw e;
        } catch (EncryptedDocumentException e) {
            Quietly.close(container);
            throw FileProblems.encrypted(e);
        } catch (OldExcelFormatException e) {
            Quietly.close(container);
            throw FileProblems.failure(e, FileProblems.TOO_OLD);
        } catch (Exception e) {
            Quietly.close(container);
            throw FileProblems.failure(e, FileProblems.DAMAGED_CONTENT);
        }
    }

    /** Names the usual impostors: an .xlsx renamed, a web page saved as .xls, a bare Excel 2–4 sheet. */
    private static void checkContainer(Path file) throws SubmissionException {
        switch (FileChecks.magic(file)) {
            case OLE2:
                return;
            case OOXML:
                throw FileProblems.unreadable(FileProblems.XLSX_AS_XLS);
            case BIFF2:
            case BIFF3:
            case BIFF4:
                throw FileProblems.unreadable(FileProblems.TOO_OLD);
            case HTML:
            case XML:
                throw FileProblems.unreadable(FileProblems.WEB_PAGE);
            default:
                throw FileProblems.unreadable(FileProblems.NOT_XLS);
        }
    }
}
