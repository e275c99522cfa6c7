package ru.gospages.intake;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * An .xlsx that is an OLE2 container: an encrypted workbook, or an older Office file renamed. Excel
 * opens a workbook encrypted with its built-in default password without asking for one, so the
 * sender cannot know it is "protected": such a workbook is decrypted to a temporary file and read.
 */
final class EncryptedXlsx {

    private static final String ENCRYPTION_INFO = "EncryptionInfo";

    private EncryptedXlsx() {
    }

    /**
     * The decrypted package in a temporary file the caller deletes; F-ENCRYPTED when a real password
     * is needed or the encryption data is broken, F-UNREADABLE when the container holds no
     * encrypted workbook (an .xls or .doc renamed .xlsx).
     */
    static Path decrypt(Path file) throws SubmissionException {
        try (POIFSFileSystem container = new POIFSFileSystem(file.toFile(), true)) {
            if (!container.getRoot().hasEntry(ENCRYPTION_INFO)) {
                throw FileProblems.unreadable(FileProblems.OLE2_AS_XLSX);
            }
            return decryptWithDefaultPassword(container);
        } catch (SubmissionException e) {
            throw e;
        } catch (Exception e) {
            throw FileProblems.failure(e, FileProblems.OLE2_AS_XLSX);
        }
    }

    private static Path decryptWithDefaultPassword(POIFSFileSystem container) throws SubmissionException {
        Path decrypted = null;
        try {
            Decryptor decryptor = Decryptor.getInstance(new EncryptionInfo(container));
            if (!decryptor.verifyPassword(Decryptor.DEFAULT_PASSWORD)) {
                throw FileProblems.encrypted(null);
            }
            decrypted = Files.createTempFile("gospages-decrypted-", ".xlsx");
            try (InputStream in = decryptor.getDataStream(container)) {
                Files.copy(in, decrypted, StandardCopyOption.REPLACE_EXISTING);
            }
            return decrypted;
        } catch (SubmissionException e) {
            throw e;
        } catch (Exception e) {
            Quietly.delete(decrypted);
            // it is encrypted, whatever else is wrong with it
            throw FileProblems.encrypted(e);
        }
    }
}
