package ru.gospages.publish.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxPackageTest {

    private static final LocalDate AS_OF = LocalDate.of(2022, 11, 30);

    @TempDir
    Path dir;

    @Test
    void holdsThePartsOfAWorkbookWithTheirContentTypes() throws Exception {
        Path file = write("two-sheets.xlsx", 2);

        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            assertThat(pkg.getParts()).extracting(part -> part.getPartName().getName() + " " + part.getContentType())
                    .contains("/xl/workbook.xml application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                            "/xl/styles.xml application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
                            "/xl/worksheets/sheet1.xml application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
                            "/xl/worksheets/sheet2.xml application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
                            "/docProps/core.xml application/vnd.openxmlformats-package.core-properties+xml",
                            "/docProps/app.xml application/vnd.openxmlformats-officedocument.extended-properties+xml");
            PackagePart workbook = pkg.getPart(pkg.getRelationshipsByType(
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument").getRelationship(0));
            assertThat(workbook.getRelationships()).extracting(relationship -> relationship.getTargetURI().toString())
                    .containsExactly("/xl/worksheets/sheet1.xml", "/xl/worksheets/sheet2.xml", "/xl/styles.xml");
        }
    }

    @Test
    void everyEntryCarriesTheDocumentDateAndNoExtraFields() throws IOException {
        Path file = write("dated.xlsx", 1);

        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<? extends ZipEntry> entries = Collections.list(zip.entries());
            assertThat(entries).extracting(ZipEntry::getName).containsExactly("_rels/.rels", "xl/styles.xml",
                    "docProps/core.xml", "docProps/app.xml", "xl/worksheets/sheet1.xml", "xl/workbook.xml",
                    "xl/_rels/workbook.xml.rels", "[Content_Types].xml");
            assertThat(entries).allSatisfy(entry -> {
                assertThat(entry.getTimeLocal()).isEqualTo(AS_OF.atStartOfDay());
                assertThat(entry.getExtra()).isNull();
            });
        }
    }

    @Test
    void bytesDoNotDependOnTheTimeZoneOfTheMachine() throws IOException {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Yekaterinburg"));
            write("yugra.xlsx", 1);
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            write("la.xlsx", 1);
        } finally {
            TimeZone.setDefault(original);
        }

        assertThat(dir.resolve("yugra.xlsx")).hasSameBinaryContentAs(dir.resolve("la.xlsx"));
    }

    /** A package of {@code sheets} sheets «Лист», «Лист (2)», … with one text row each. */
    private Path write(String name, int sheets) throws IOException {
        Path file = dir.resolve(name);
        try (XlsxPackage workbook = new XlsxPackage(file, AS_OF, 3)) {
            for (int i = 1; i <= sheets; i++) {
                SheetXmlWriter sheet = workbook.startSheet(XlsxTableWriter.sheetName("Лист", i), List.of(10));
                sheet.startRow();
                sheet.text(0, "Сургут", XlsxStyles.NONE);
                sheet.endRow();
            }
            workbook.finish();
        }
        return file;
    }
}
