package ru.gospages.publish;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Opens written workbooks read-only for assertions (a read-write open would rewrite the file). */
public final class XlsxFiles {

    private XlsxFiles() {
    }

    public static XSSFWorkbook open(Path file) throws IOException {
        try {
            return new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ));
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }
}
