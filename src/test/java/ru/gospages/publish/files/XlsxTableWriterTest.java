package ru.gospages.publish.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.gospages.intake.IntakeLimits;
import ru.gospages.intake.SheetCursor;
import ru.gospages.intake.SheetFormats;
import ru.gospages.publish.ProblemTable;
import ru.gospages.publish.PublishFixtures;
import ru.gospages.publish.XlsxFiles;
import ru.gospages.publish.opendata.RegistryTable;
import ru.gospages.registry.RegistryPage;

class XlsxTableWriterTest {

    private static final LocalDate AS_OF = LocalDate.of(2022, 11, 30);

    @TempDir
    Path dir;

    private final XlsxTableWriter writer = new XlsxTableWriter(AS_OF);

    @Test
    void headerHoldsTheRussianTitlesInBoldOnTheRegistrySheet() throws IOException {
        try (XSSFWorkbook workbook = writeRegistry(List.of(PublishFixtures.surgutPage()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            XSSFRow header = sheet.getRow(0);

            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            assertThat(sheet.getSheetName()).isEqualTo("Реестр");
            assertThat(Stream.iterate(0, i -> i < 12, i -> i + 1).map(i -> header.getCell(i).getStringCellValue()))
                    .containsExactly("Ссылка на страницу", "Социальная сеть", "Организация", "ИНН", "ОГРН",
                            "Тип организации", "Муниципальное образование", "ОКТМО", "Госметка", "Подписчики",
                            "Последний отчёт", "Перенесена из прошлого периода");
            assertThat(header.getCell(0).getCellStyle().getFont().getBold()).isTrue();
        }
    }

    @Test
    void headerRowIsFrozen() throws IOException {
        try (XSSFWorkbook workbook = writeRegistry(List.of(PublishFixtures.surgutPage()))) {
            PaneInformation pane = workbook.getSheetAt(0).getPaneInformation();

            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
        }
    }

    @Test
    void autoFilterCoversHeaderAndEveryRow() throws IOException {
        try (XSSFWorkbook workbook = writeRegistry(List.of(PublishFixtures.surgutPage(), PublishFixtures.surgutPage()))) {
            assertThat(workbook.getSheetAt(0).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:L3");
        }
    }

    @Test
    void autoFilterHasTheHiddenFilterDatabaseNameExcelExpects() throws IOException {
        try (XSSFWorkbook workbook = writeRegistry(List.of(PublishFixtures.surgutPage(), PublishFixtures.surgutPage()))) {
            List<XSSFName> names = workbook.getNames(XSSFName.BUILTIN_FILTER_DB);

            assertThat(names).hasSize(1);
            assertThat(names.get(0).getSheetIndex()).isZero();
            assertThat(names.get(0).isHidden()).isTrue();
            assertThat(names.get(0).getRefersToFormula()).isEqualTo("'Реестр'!$A$1:$L$3");
        }
    }

    @Test
    void columnWidthsComeFromTheTable() throws IOException {
        try (XSSFWorkbook workbook = writeRegistry(List.of(PublishFixtures.surgutPage()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            assertThat(RegistryTable.table().columns()).allSatisfy(column -> assertThat(
                    sheet.getColumnWidth(RegistryTable.table().columns().indexOf(column))).isEqualTo(column.width() * 256));
            assertThat(sheet.getColumnWidth(0)).isEqualTo(40 * 256);
            assertThat(sheet.getColumnWidth(2)).isEqualTo(60 * 256);
        }
    }

    @Test
    void pageAddressIsAClickableHyperlinkFormulaShowingTheAddress() throws IOException {
        try (XSSFWorkbook workbook = writeRegistry(List.of(PublishFixtures.surgutPage()))) {
            XSSFCell url = workbook.getSheetAt(0).getRow(1).getCell(0);

            assertThat(url.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(url.getCellFormula())
                    .isEqualTo("HYPERLINK(\"https://vk.com/adm_surgut\",\"https://vk.com/adm_surgut\")");
            assertThat(url.getCachedFormulaResultType()).isEqualTo(CellType.STRING);
            assertThat(url.getStringCellValue()).isEqualTo("https://vk.com/adm_surgut");
            assertThat(url.getCellStyle().getFont().getUnderline()).isEqualTo(Font.U_SINGLE);
        }
    }

    @Test
    void quotesInAnAddressAreDoubledInTheFormulaAndKeptInTheShownText() throws IOException {
        String url = "https://example.ru/search?q=\"школа\"&page=<2>";
        try (XSSFWorkbook workbook = writeRegistry(List.of(PublishFixtures.page(url, "Школа", "8602020249",
                OptionalLong.empty())))) {
            XSSFCell cell = workbook.getSheetAt(0).getRow(1).getCell(0);

            String literal = "\"https://example.ru/search?q=\"\"школа\"\"&page=<2>\"";
            assertThat(cell.getCellFormula()).isEqualTo("HYPERLINK(" + literal + "," + literal + ")");
            assertThat(cell.getStringCellValue()).isEqualTo(url);
        }
    }

    @Test
    void addressesALinkCannotHoldArePlainGuardedText() throws IOException {
        String longest = "https://vk.com/" + "a".repeat(240); // 255 characters: Excel's limit for a formula literal
        try (XSSFWorkbook workbook = writeRegistry(List.of(
                PublishFixtures.page("ftp://files.admsurgut.ru/pages", "Школа", "8602020249", OptionalLong.empty()),
                PublishFixtures.page("=HYPERLINK(\"http://evil\")", "Школа", "8602020249", OptionalLong.empty()),
                PublishFixtures.page(longest, "Школа", "8602020249", OptionalLong.empty()),
                PublishFixtures.page(longest + "a", "Школа", "8602020249", OptionalLong.empty())))) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("ftp://files.admsurgut.ru/pages");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil\")");
            assertThat(sheet.getRow(3).getCell(0).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(sheet.getRow(4).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo(longest + "a");
        }
    }

    @Test
    void innStaysTextAndKeepsItsLeadingZero() throws IOException {
        RegistryPage page = PublishFixtures.page("https://ok.ru/x", "Школа", "0108003670", OptionalLong.of(5));
        try (XSSFWorkbook workbook = writeRegistry(List.of(page))) {
            XSSFCell inn = workbook.getSheetAt(0).getRow(1).getCell(3);

            assertThat(inn.getCellType()).isEqualTo(CellType.STRING);
            assertThat(inn.getStringCellValue()).isEqualTo("0108003670");
        }
    }

    @Test
    void followersAreNumbersAndAbsentFollowersLeaveTheCellEmpty() throws IOException {
        try (XSSFWorkbook workbook = writeRegistry(List.of(PublishFixtures.surgutPage(),
                PublishFixtures.page("https://ok.ru/x", "Школа", "8602020249", OptionalLong.empty())))) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            assertThat(sheet.getRow(1).getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(9).getNumericCellValue()).isEqualTo(12345.0);
            assertThat(sheet.getRow(1).getCell(9).getCellStyle().getDataFormatString()).isEqualTo("0");
            assertThat(sheet.getRow(2).getCell(9)).isNull();
        }
    }

    @Test
    void emptyTextLeavesNoCellSoTheFilterFindsItAsEmpty() throws IOException {
        RegistryPage withoutOgrn = PublishFixtures.page("https://ok.ru/x", "Школа", "8602020249", OptionalLong.of(5));
        try (XSSFWorkbook workbook = writeRegistry(List.of(withoutOgrn))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(4)).isNull();
        }
    }

    @Test
    void booleansAreShownAsDaAndNet() throws IOException {
        try (XSSFWorkbook workbook = writeRegistry(List.of(PublishFixtures.surgutPage()))) {
            XSSFRow row = workbook.getSheetAt(0).getRow(1);

            assertThat(row.getCell(8).getStringCellValue()).isEqualTo("да");
            assertThat(row.getCell(11).getStringCellValue()).isEqualTo("нет");
        }
    }

    @Test
    void decimalsAreNumbersFormattedWithOneDecimal() throws IOException {
        Table<BigDecimal> table = Table.of("Доли", Column.decimal("percent", "Доля", 8, value -> value));
        Path file = dir.resolve("percent.xlsx");
        writer.write(table, List.of(new BigDecimal("91.0")), file);

        try (XSSFWorkbook workbook = XlsxFiles.open(file)) {
            XSSFCell cell = workbook.getSheetAt(0).getRow(1).getCell(0);
            assertThat(cell.getNumericCellValue()).isEqualTo(91.0);
            assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("0.0");
        }
    }

    @Test
    void cyrillicAndXmlSpecialCharactersComeBackAsWritten() throws IOException {
        String name = "МБОУ «Школа № 5» & <b>\"Ёлочка\"</b> 'Ü' 😀";
        String lines = "строка 1\r\nстрока 2\tконец";
        String spaced = "  с пробелами по краям  ";
        try (XSSFWorkbook workbook = writeRegistry(List.of(
                PublishFixtures.page("https://ok.ru/x", name, "8602020249", OptionalLong.empty()),
                PublishFixtures.page("https://ok.ru/x", lines, "8602020249", OptionalLong.empty()),
                PublishFixtures.page("https://ok.ru/x", spaced, "8602020249", OptionalLong.empty())))) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo(name);
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo(lines);
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo(spaced);
        }
    }

    @Test
    void charactersXmlCannotHoldBecomeQuestionMarksInsteadOfBreakingTheFile() throws IOException {
        String controls = "a\u0000b\u0001c\u001Fd\uFFFEe\uFFFFf\uD800g\uDC00h";
        try (XSSFWorkbook workbook = writeRegistry(List.of(
                PublishFixtures.page("https://ok.ru/x\u0002", controls, "8602020249", OptionalLong.empty())))) {
            XSSFRow row = workbook.getSheetAt(0).getRow(1);

            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("a?b?c?d?e?f?g?h");
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("https://ok.ru/x?");
        }
    }

    @Test
    void formulaLikeTextIsStoredAsTextWithAnApostropheInFront() throws IOException {
        try (XSSFWorkbook workbook = writeRegistry(List.of(
                PublishFixtures.page("https://ok.ru/x", "=1+2", "8602020249", OptionalLong.empty()),
                PublishFixtures.page("https://ok.ru/x", "@SUM(A1:A9)", "8602020249", OptionalLong.empty()),
                PublishFixtures.page("https://ok.ru/x", "+7 (3462) 52-20-00", "8602020249", OptionalLong.empty())))) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("'=1+2");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("'@SUM(A1:A9)");
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("'+7 (3462) 52-20-00");
        }
    }

    @Test
    void negativeNumberInATextColumnStaysPlainText() throws IOException {
        Path file = dir.resolve("problems.xlsx");
        writer.write(ProblemTable.table(), List.of(PublishFixtures.rowProblem("-5", "Подписчиков не может быть -5")),
                file);

        try (XSSFWorkbook workbook = XlsxFiles.open(file)) {
            XSSFCell value = workbook.getSheetAt(0).getRow(1).getCell(4);
            assertThat(value.getCellType()).isEqualTo(CellType.STRING);
            assertThat(value.getStringCellValue()).isEqualTo("-5");
        }
    }

    @Test
    void problemsSheetLeavesTheRowOfAFileProblemEmpty() throws IOException {
        Path file = dir.resolve("problems.xlsx");
        writer.write(ProblemTable.table(), List.of(PublishFixtures.fileProblem(),
                PublishFixtures.rowProblem("8601010391", "ИНН 8601010391 не проходит проверку")), file);

        try (XSSFWorkbook workbook = XlsxFiles.open(file)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Замечания");
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Что исправить");
            assertThat(sheet.getRow(1).getCell(2)).isNull();
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(7.0);
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("R-INN-INVALID");
        }
    }

    @Test
    void textOverTheCellLimitIsCutWithAnEllipsis() throws IOException {
        String longName = "а".repeat(40_000);
        try (XSSFWorkbook workbook = writeRegistry(List.of(
                PublishFixtures.page("https://ok.ru/x", longName, "8602020249", OptionalLong.empty())))) {
            String written = workbook.getSheetAt(0).getRow(1).getCell(2).getStringCellValue();

            assertThat(written).hasSize(32_767).endsWith("а…");
        }
    }

    @Test
    void rowsBeyondOneSheetContinueOnNumberedSheetsWithTheSameHeader() throws IOException {
        Path file = dir.resolve("registry.xlsx");
        long written = new XlsxTableWriter(AS_OF, 2).write(RegistryTable.table(), PublishFixtures.generatedPages(5), file);

        try (XSSFWorkbook workbook = XlsxFiles.open(file)) {
            assertThat(written).isEqualTo(5);
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(1)).isEqualTo("Реестр (2)");
            assertThat(workbook.getSheetAt(2).getLastRowNum()).isEqualTo(1);
            assertThat(workbook.getSheetAt(2).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Ссылка на страницу");
            assertThat(workbook.getSheetAt(2).getRow(1).getCell(0).getStringCellValue()).isEqualTo("https://vk.com/club1004");
        }
    }

    @Test
    void everyContinuationSheetHasItsFrozenHeaderFilterAndFilterName() throws IOException {
        Path file = dir.resolve("registry.xlsx");
        new XlsxTableWriter(AS_OF, 2).write(RegistryTable.table(), PublishFixtures.generatedPages(5), file);

        try (XSSFWorkbook workbook = XlsxFiles.open(file)) {
            assertThat(List.of(0, 1, 2)).allSatisfy(i -> {
                assertThat(workbook.getSheetAt(i).getPaneInformation().isFreezePane()).isTrue();
                assertThat(workbook.getSheetAt(i).getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            });
            assertThat(List.of(0, 1, 2)).extracting(i -> workbook.getSheetAt(i).getCTWorksheet().getAutoFilter().getRef())
                    .containsExactly("A1:L3", "A1:L3", "A1:L2");
            assertThat(workbook.getNames(XSSFName.BUILTIN_FILTER_DB))
                    .extracting(XSSFName::getSheetIndex, XSSFName::getRefersToFormula)
                    .containsExactly(tuple(0, "'Реестр'!$A$1:$L$3"), tuple(1, "'Реестр (2)'!$A$1:$L$3"),
                            tuple(2, "'Реестр (3)'!$A$1:$L$2"));
        }
    }

    @Test
    void aLongTitleIsShortenedSoTheSheetNumberFitsExcelsLimit() {
        String title = "Госметка по муниципальным обр-м"; // 31 characters

        assertThat(XlsxTableWriter.sheetName(title, 1)).isEqualTo(title);
        assertThat(XlsxTableWriter.sheetName(title, 2)).isEqualTo("Госметка по муниципальным о (2)").hasSize(31);
        assertThat(XlsxTableWriter.sheetName("Реестр", 12)).isEqualTo("Реестр (12)");
    }

    @Test
    void emptyTableGivesTheHeaderWithItsFilterAndNothingElse() throws IOException {
        try (XSSFWorkbook workbook = writeRegistry(List.of())) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            assertThat(sheet.getLastRowNum()).isZero();
            assertThat(sheet.getRow(0).getCell(11).getStringCellValue()).isEqualTo("Перенесена из прошлого периода");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:L1");
            assertThat(workbook.getNames(XSSFName.BUILTIN_FILTER_DB).get(0).getRefersToFormula())
                    .isEqualTo("'Реестр'!$A$1:$L$1");
        }
    }

    @Test
    void sameRowsAndDateGiveTheSameBytes() throws IOException {
        XlsxTableWriter twoRowSheets = new XlsxTableWriter(AS_OF, 2);
        twoRowSheets.write(RegistryTable.table(), PublishFixtures.generatedPages(7), dir.resolve("a.xlsx"));
        twoRowSheets.write(RegistryTable.table(), PublishFixtures.generatedPages(7), dir.resolve("b.xlsx"));

        assertThat(dir.resolve("a.xlsx")).hasSameBinaryContentAs(dir.resolve("b.xlsx"));
    }

    @Test
    void intakeReadsTheWorkbookBackAsItWasWritten() throws Exception {
        Path file = dir.resolve("registry.xlsx");
        writer.write(RegistryTable.table(), List.of(PublishFixtures.surgutPage()), file);

        try (SheetCursor cursor = new SheetFormats().open(file, IntakeLimits.defaults())) {
            assertThat(cursor.nextSheet()).contains("Реестр");
            assertThat(cursor.nextRow().cells()).containsExactlyElementsOf(RegistryTable.table().titles());
            assertThat(cursor.nextRow().cells()).containsExactly("https://vk.com/adm_surgut", "vk",
                    "Администрация города Сургута", "8602020249", "1028600603525", "Орган местного самоуправления",
                    "город Сургут", "71876000", "да", "12345", "2022-11", "нет");
            assertThat(cursor.nextRow()).isNull();
            assertThat(cursor.nextSheet()).isEmpty();
        }
    }

    @Test
    void stylesAreCreatedOncePerWorkbookNotPerCell() throws IOException {
        Path file = dir.resolve("registry.xlsx");
        writer.write(RegistryTable.table(), PublishFixtures.generatedPages(1_000), file);

        try (XSSFWorkbook workbook = XlsxFiles.open(file)) {
            // the default style plus header, integer, decimal and link
            assertThat(workbook.getNumCellStyles()).isEqualTo(5);
        }
    }

    @Test
    void documentIsDatedWithTheGivenDateNotTheTimeOfWriting() throws IOException {
        try (XSSFWorkbook workbook = writeRegistry(List.of(PublishFixtures.surgutPage()))) {
            var core = workbook.getProperties().getCoreProperties();
            Instant asOf = Instant.parse("2022-11-30T00:00:00Z");

            assertThat(core.getCreated().toInstant()).isEqualTo(asOf);
            assertThat(core.getModified().toInstant()).isEqualTo(asOf);
        }
    }

    @Test
    void noTemporaryFileIsLeftBesideTheWorkbook() throws IOException {
        writeRegistry(List.of(PublishFixtures.surgutPage())).close();

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).extracting(path -> path.getFileName().toString()).containsExactly("registry.xlsx");
        }
    }

    @Test
    void cursorFailingHalfwayLeavesNoFileBehind() {
        Iterator<RegistryPage> dying = new Iterator<>() {
            private int served;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public RegistryPage next() {
                if (++served > 500) {
                    throw new IllegalStateException("cursor closed");
                }
                return PublishFixtures.surgutPage();
            }
        };

        assertThatThrownBy(() -> writer.write(RegistryTable.table(), dying, dir.resolve("registry.xlsx")))
                .hasMessage("cursor closed");
        assertThat(dir).isEmptyDirectory();
    }

    private XSSFWorkbook writeRegistry(List<RegistryPage> pages) throws IOException {
        Path file = dir.resolve("registry.xlsx");
        writer.write(RegistryTable.table(), pages, file);
        return XlsxFiles.open(file);
    }
}
