package ru.gospages.intake;

import java.nio.file.Path;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * XLSX and XLSM workbooks, streamed: the package is opened read-only, each visible worksheet's XML
 * is pulled row by row with StAX, so memory stays flat in the number of rows (shared strings and
 * styles are held, as by every XLSX reader).
 */
public final class XlsxFormat implements SheetFormat {

    /**
     * Parts a workbook may have. POI's default (1,000) refuses a workbook of 1,000 sheets, which
     * the input order allows (1,024 sheets); each sheet may bring its relations, drawing and comments.
     */
    static final long MAX_ZIP_ENTRIES = 10_000;

    @Override
    public Set<String> extensions() {
        return Set.of("xlsx", "xlsm");
    }

    @Override
    public SheetCursor open(Path file, IntakeLimits limits) throws SubmissionException {
        FileChecks.checkSize(file, limits);
        // JVM-wide in POI; set on every open so the limit of the job at hand applies
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxFileCount(MAX_ZIP_ENTRIES);
        FileMagic magic = FileChecks.magic(file);
        if (magic == FileMagic.OLE2) {
            Path decrypted = EncryptedXlsx.decrypt(file);
            return openPackage(decrypted, limits, () -> Quietly.delete(decrypted));
        }
        if (magic != FileMagic.OOXML) {
            throw FileProblems.unreadable(magic == FileMagic.HTML || magic == FileMagic.XML
                    ? FileProblems.WEB_PAGE : FileProblems.NOT_XLSX);
        }
        return openPackage(file, limits, () -> { });
    }

    private static SheetCursor openPackage(Path file, IntakeLimits limits, Runnable afterClose) throws SubmissionException {
        ZipFile zip;
        try {
            // a zip without its central directory is a cut-off file: POI would fall back to reading
            // it as a stream and silently return the rows before the cut, so it is refused here
            zip = new ZipSecureFile(file.toFile());
        } catch (Exception e) {
            afterClose.run();
            throw FileProblems.failure(e, FileProblems.DAMAGED_ZIP);
        }
        OPCPackage pkg = null;
        try {
            // POI parses the content types, relationships and core properties as DOM trees: guard them first
            PackageGuard.check(zip);
            pkg = OPCPackage.open(new ZipFileZipEntrySource(zip));
            return new XlsxCursor(pkg, XlsxWorkbook.read(pkg), limits, afterClose);
        } catch (Exception e) {
            if (pkg != null) {
                pkg.revert();
            }
            Quietly.close(zip);
            afterClose.run();
            throw FileProblems.failure(e, FileProblems.DAMAGED_CONTENT);
        }
    }
}
