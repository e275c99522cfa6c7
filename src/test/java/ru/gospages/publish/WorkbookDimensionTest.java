package ru.gospages.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.gospages.problems.Problem;
import ru.gospages.profile.TestProfiles;
import ru.gospages.publish.files.XlsxTableWriter;
import ru.gospages.publish.opendata.RegistryTable;

/**
 * Every worksheet the program writes says how big it is in a {@code <dimension>} that matches its
 * rows, placed where OOXML wants it (before {@code <sheetViews>}): readers such as openpyxl's
 * read-only mode size a sheet from it and saw no rows without it. Also: the registry workbook
 * names the platform as the profile does.
 */
class WorkbookDimensionTest {

    private static final LocalDate AS_OF = LocalDate.of(2022, 12, 31);
    private static final Pattern DIMENSION = Pattern.compile("<dimension ref=\"([A-Z]+\\d+:[A-Z]+\\d+)\"/>");

    @TempDir
    Path dir;

    @Test
    void theRegistryWorkbooksDimensionMatchesItsRowsOnEverySheet() throws IOException {
        Path file = dir.resolve("registry.xlsx");
        new XlsxTableWriter(AS_OF, 3).write(RegistryTable.forPeople(TestProfiles.standard().platforms()),
                PublishFixtures.generatedPages(7), file);

        assertThat(dimensions(file)).containsExactly("A1:L4", "A1:L4", "A1:L2");
        assertMatchesRowsAsPoiReadsThem(file);
    }

    @Test
    void aWorkbookOfManyRowsHasItsLastRowInTheDimensionAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("big.xlsx");
        new XlsxTableWriter(AS_OF).write(RegistryTable.table(), PublishFixtures.generatedPages(20_000), file);

        assertThat(dimensions(file)).containsExactly("A1:L20001");
        assertMatchesRowsAsPoiReadsThem(file);
        assertThat(dir.toFile().list()).as("no temporary file left").containsExactly("big.xlsx");
    }

    @Test
    void anEmptyProblemsWorkbookIsItsHeaderRow() throws IOException {
        Path file = dir.resolve("problems.xlsx");
        new XlsxTableWriter(AS_OF).write(ProblemTable.table(), Collections.<Problem>emptyIterator(), file);

        assertThat(dimensions(file)).containsExactly("A1:H1");
        assertMatchesRowsAsPoiReadsThem(file);
    }

    @Test
    void theVerificationWorkbookWrittenByPoiHasItsDimensionToo() throws IOException {
        Path file = dir.resolve("verification.xlsx");
        new VerificationWorkbook(AS_OF).write(PublicationFixtures.figures(), file);

        assertThat(dimensions(file)).hasSize(1);
        assertMatchesRowsAsPoiReadsThem(file);
    }

    @Test
    void theRegistryWorkbookNamesThePlatformAsTheProfileDoesAndTheCsvTableKeepsTheCode() throws IOException {
        Path file = dir.resolve("names.xlsx");
        new XlsxTableWriter(AS_OF).write(RegistryTable.forPeople(TestProfiles.standard().platforms()),
                PublishFixtures.generatedPages(2), file);

        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Социальная сеть");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("ВКонтакте");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Одноклассники");
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        assertThat(RegistryTable.table().columns().get(1).valueOf(PublishFixtures.generatedPages(1).next())).isEqualTo("vk");
    }

    /** The dimension of each worksheet in sheet order, checked to come before the sheet's views and rows. */
    private static List<String> dimensions(Path file) throws IOException {
        List<String> refs = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (int n = 1; ; n++) {
                ZipEntry entry = zip.getEntry("xl/worksheets/sheet" + n + ".xml");
                if (entry == null) {
                    return refs;
                }
                String head;
                try (InputStream in = zip.getInputStream(entry)) {
                    head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
                }
                Matcher dimension = DIMENSION.matcher(head);
                assertThat(dimension.find()).as("dimension of sheet " + n).isTrue();
                assertThat(dimension.start()).as("dimension before the views and rows")
                        .isLessThan(head.indexOf("<sheetViews")).isLessThan(head.indexOf("<sheetData"));
                refs.add(dimension.group(1));
            }
        }
    }

    /** Each sheet's dimension ends at its last row and last column as POI reads the rows. */
    private static void assertMatchesRowsAsPoiReadsThem(Path file) throws IOException {
        List<String> refs = dimensions(file);
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(refs.size());
            for (int s = 0; s < refs.size(); s++) {
                XSSFSheet sheet = workbook.getSheetAt(s);
                int lastColumn = 0;
                for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
                    if (sheet.getRow(r) != null) {
                        lastColumn = Math.max(lastColumn, sheet.getRow(r).getLastCellNum());
                    }
                }
                String expected = "A1:" + org.apache.poi.ss.util.CellReference.convertNumToColString(lastColumn - 1) + (sheet.getLastRowNum() + 1);
                assertThat(refs.get(s)).as(sheet.getSheetName()).isEqualTo(expected);
            }
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }
}
