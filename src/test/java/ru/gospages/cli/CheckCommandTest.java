package ru.gospages.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.gospages.testing.Submissions.row;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.gospages.check.FileCheck;
import ru.gospages.check.SubmissionCheck;
import ru.gospages.intake.HeaderLocator;
import ru.gospages.intake.HeaderMatcher;
import ru.gospages.intake.SheetFormats;
import ru.gospages.intake.SubmissionFile;
import ru.gospages.intake.SubmissionReader;
import ru.gospages.problems.Problem;
import ru.gospages.profile.JobProfile;
import ru.gospages.profile.TestProfiles;
import ru.gospages.rules.Municipalities;
import ru.gospages.rules.PageAliases;
import ru.gospages.rules.PageKeys;
import ru.gospages.rules.RowChecks;
import ru.gospages.rules.RowValidator;
import ru.gospages.testing.Submissions;

/**
 * {@code check} on real files written here, one per kind of input: the exact problems it reports
 * (file, sheet, row, column, code) and its exit code.
 */
class CheckCommandTest {

    static final String ADM = Submissions.inn("860202024");
    static final List<Object> LONG_HEADER = row("Наименование организации", "ИНН", "Муниципальное образование",
            "Социальная сеть", "Ссылка на страницу", "Госметка");

    final JobProfile profile = TestProfiles.standard();
    final PageKeys keys = PageKeys.of(profile);
    final RowChecks checks = new RowChecks(new SubmissionReader(profile, new SheetFormats(),
            new HeaderLocator(new HeaderMatcher(profile.columns(), keys::platformByWord))),
            new RowValidator(profile, Municipalities.load(Path.of("jobs/reference/municipalities.csv")), keys, PageAliases.none()));
    final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    final SubmissionCheck check = new SubmissionCheck(checks, profile);
    final CheckCommand command = new CheckCommand(check, new PrintStream(printed, true, StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    @Test
    void xlsxWithTitleRowsNumberInnAndHyperlinkCellHasNoProblems() throws IOException {
        Path file = dir.resolve("a.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Реестр");
            sheet.createRow(0).createCell(0).setCellValue("Реестр официальных страниц");
            sheet.createRow(1).createCell(0).setCellValue("по состоянию на 30.11.2022");
            fill(sheet.createRow(2), LONG_HEADER);
            Row data = sheet.createRow(3);
            fill(data, row("Администрация города Сургута", null, "город Сургут", "ВК", null, true));
            data.createCell(1).setCellValue(8.60202024E9 + Long.parseLong(ADM) % 10);
            Cell link = data.createCell(4);
            link.setCellValue("Страница ВК");
            Hyperlink hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
            hyperlink.setAddress("https://vk.com/admsurgut");
            link.setHyperlink(hyperlink);
            write(workbook, file);
        }

        FileCheck result = check.check(new SubmissionFile(file, "a.xlsx"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.read()).isEqualTo(1);
        assertThat(result.accepted()).isEqualTo(1);
    }

    @Test
    void xlsRowsAreCheckedLikeAnyOther() {
        Path file = Submissions.xls(dir.resolve("b.xls"), "Лист1", List.of(LONG_HEADER,
                row("Школа", ADM, "Сургут", "ВК", "https://vk.com/club1", "да"),
                row("Школа", "8601010391", "Сургут", "ВК", "https://vk.com/club2", "да")));

        assertThat(places(check.check(new SubmissionFile(file, "b.xls"))))
                .containsExactly("b.xls|Лист1|3|B|R-INN-INVALID");
    }

    @Test
    void csvInBothEncodingsAndAllThreeDelimitersReadsTheSame() {
        List<List<Object>> rows = List.of(LONG_HEADER,
                row("Школа «Ромашка», г. Сургут", ADM, "Сургут", "Одноклассники", "ok.ru/group/5", "нет"),
                row("Школа", ADM, "Тюмень", "ВК", "https://vk.com/club2", "да"));
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("windows-1251"))) {
            for (char delimiter : new char[] {';', ',', '\t'}) {
                String name = charset.name() + "-" + (int) delimiter + ".csv";
                Path file = Submissions.csv(dir.resolve(name), charset, delimiter, false, rows);

                FileCheck result = check.check(new SubmissionFile(file, name));

                assertThat(places(result)).as(name).containsExactly(name + "|" + name.replace(".csv", "") + "|3|C|R-MUNICIPALITY-UNKNOWN");
                assertThat(result.accepted()).as(name).isEqualTo(1);
                assertThat(result.problems().get(0).value()).isEqualTo("Тюмень");
            }
        }
    }

    @Test
    void truncatedXlsxIsRejectedAsUnreadable() throws IOException {
        Path whole = Submissions.xlsx(dir.resolve("whole.xlsx"), "Лист1", List.of(LONG_HEADER,
                row("Школа", ADM, "Сургут", "ВК", "https://vk.com/club1", "да")));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThat(places(check.check(new SubmissionFile(cut, "cut.xlsx")))).containsExactly("cut.xlsx||0||F-UNREADABLE");
    }

    @Test
    void encryptedXlsxIsRejectedAsEncrypted() throws Exception {
        Path plain = Submissions.xlsx(dir.resolve("plain.xlsx"), "Лист1", List.of(LONG_HEADER,
                row("Школа", ADM, "Сургут", "ВК", "https://vk.com/club1", "да")));
        Path encrypted = dir.resolve("secret.xlsx");
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("пароль");
            try (OutputStream out = encryptor.getDataStream(container)) {
                Files.copy(plain, out);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                container.writeFilesystem(out);
            }
        }

        assertThat(places(check.check(new SubmissionFile(encrypted, "secret.xlsx")))).containsExactly("secret.xlsx||0||F-ENCRYPTED");
    }

    @Test
    void workbookWithoutAnyHeaderGetsOnlyTheFileErrorNoSheetWarnings() {
        Path file = Submissions.xlsx(dir.resolve("notes.xlsx"), "Заметки", List.of(
                row("Список организаций"), row("Иванов", "Петров"), row("https://vk.com/club1")));

        FileCheck result = check.check(new SubmissionFile(file, "notes.xlsx"));

        assertThat(places(result)).containsExactly("notes.xlsx||0||F-NO-HEADER");
        assertThat(result.problems().get(0).isError()).isTrue();
    }

    @Test
    void hiddenSheetIsSkippedAndAVisibleSheetWithoutHeaderIsAWarning() throws IOException {
        Path file = dir.resolve("sheets.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill(workbook.createSheet("Инструкция").createRow(0), row("Заполните таблицу на листе «Данные»"));
            Sheet data = workbook.createSheet("Данные");
            fill(data.createRow(0), LONG_HEADER);
            fill(data.createRow(1), row("Школа", ADM, "Сургут", "ВК", "https://vk.com/club1", "да"));
            Sheet hidden = workbook.createSheet("Справочник");
            fill(hidden.createRow(0), LONG_HEADER);
            fill(hidden.createRow(1), row("", "123", "Марс", "ВК", "not a url", "может"));
            workbook.setSheetHidden(2, true);
            write(workbook, file);
        }

        FileCheck result = check.check(new SubmissionFile(file, "sheets.xlsx"));

        assertThat(places(result)).containsExactly("sheets.xlsx|Инструкция|0||F-NO-HEADER");
        assertThat(result.problems().get(0).isError()).isFalse();
        assertThat(result.accepted()).isEqualTo(1);
    }

    @Test
    void mergedTwoRowHeaderOfTheWideShapeIsReadAndEachUrlCellIsAPage() throws IOException {
        Path file = dir.resolve("merged.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Школы");
            fill(sheet.createRow(0), row("Наименование\nорганизации*", "ИНН*", "МО", "Ссылка на страницу", null, "Госметка", null));
            fill(sheet.createRow(1), row(null, null, null, "ВКонтакте", "Одноклассники", "ВК", "ОК"));
            for (int c = 0; c < 3; c++) {
                sheet.addMergedRegion(new CellRangeAddress(0, 1, c, c));
            }
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 3, 4));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 5, 6));
            fill(sheet.createRow(2), row("Школа № 1", ADM, "Сургут", "https://vk.com/school1", "https://ok.ru/school1", "да", "нет"));
            fill(sheet.createRow(3), row("Школа № 2", ADM, "Сургут", "https://vk.com/school2", "нет", "да", ""));
            fill(sheet.createRow(4), row("Школа № 3", ADM, "Сургут", "-", "-", "", ""));
            write(workbook, file);
        }

        FileCheck result = check.check(new SubmissionFile(file, "merged.xlsx"));

        assertThat(result.read()).isEqualTo(4);
        assertThat(result.accepted()).isEqualTo(3);
        assertThat(places(result)).containsExactly("merged.xlsx|Школы|5|D|R-URL-MISSING");
    }

    @Test
    void exitCodeIsOneWithErrorsZeroWithWarningsOnlyAndTwoWhenNothingIsReadable() throws IOException {
        Path errors = dir.resolve("errors");
        Submissions.csvUtf8(errors.resolve("a.csv"), List.of(LONG_HEADER, row("Школа", "", "Сургут", "ВК", "https://vk.com/club1", "да")));
        Path warnings = dir.resolve("warnings");
        Submissions.csvUtf8(warnings.resolve("a.csv"), List.of(LONG_HEADER, row("Школа", ADM, "Сургут", "ВК", "https://vk.com/club1", "")));
        Path unreadable = dir.resolve("unreadable");
        Files.createDirectories(unreadable);
        Files.writeString(unreadable.resolve("a.pdf"), "%PDF");

        assertThat(command.run(List.of(errors.toString()))).isEqualTo(ExitCode.FAILED);
        assertThat(command.run(List.of(warnings.toString()))).isEqualTo(ExitCode.OK);
        assertThat(command.run(List.of(unreadable.toString()))).isEqualTo(ExitCode.USAGE);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("R-INN-MISSING").contains("R-VERIFIED-BLANK")
                .contains("F-UNSUPPORTED-FORMAT");
    }

    @Test
    void duplicateAcrossTwoFilesIsReportedInTheLaterFile() {
        Path folder = dir.resolve("dups");
        Submissions.csvUtf8(folder.resolve("1.csv"), List.of(LONG_HEADER, row("Администрация", ADM, "Сургут", "ВК", "https://vk.com/adm", "да")));
        Submissions.csvUtf8(folder.resolve("2.csv"), List.of(LONG_HEADER, row("Школа", "7707083893", "Сургут", "ВК", "vk.ru/adm", "да")));

        assertThat(command.run(List.of(folder.toString()))).isEqualTo(ExitCode.OK);
        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("R-DUPLICATE").contains("R-CONFLICT")
                .contains("Страница vk.ru/adm уже указана ранее: файл «1.csv», лист «1», строка 2")
                .doesNotContain(folder.toString());
    }

    @Test
    void aProblemOnEveryRowOfASheetIsOneLineWithItsRowRangeWhileTheCountsStayOnePerRow() {
        List<List<Object>> rows = new java.util.ArrayList<>();
        rows.add(row("Наименование организации", "Муниципальное образование", "Социальная сеть", "Ссылка на страницу", "Госметка"));
        for (int i = 1; i <= 1000; i++) {
            rows.add(row("Школа № " + i, "Сургут", "ВК", "https://vk.com/club" + i, "да"));
        }
        Path folder = dir.resolve("без ИНН");
        Submissions.csvUtf8(folder.resolve("школы.csv"), rows);

        assertThat(command.run(List.of(folder.toAbsolutePath().toString()))).isEqualTo(ExitCode.FAILED);

        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.stream().filter(line -> line.contains("R-INN-MISSING")))
                .singleElement().asString().contains(" 2–1001 ").endsWith("(1\u00A0000\u00A0строк)");
        assertThat(lines).contains("школы.csv")
                .anySatisfy(line -> assertThat(line).contains("принято: 0, отклонено: 1\u00A0000").endsWith("ошибок: 1\u00A0000, предупреждений: 0"))
                .noneSatisfy(line -> assertThat(line).contains(dir.toString()));
        assertThat(check.check(new SubmissionFile(folder.resolve("школы.csv"), "школы.csv")).problems()).hasSize(1000);
    }

    @Test
    void twoConsecutiveRowsAreTwoRowsAndRowsApartStayLinesOfTheirOwn() {
        Path file = Submissions.csvUtf8(dir.resolve("a.csv"), List.of(LONG_HEADER,
                row("Школа", "", "Сургут", "ВК", "https://vk.com/club1", "да"),
                row("Школа", "", "Сургут", "ВК", "https://vk.com/club2", "да"),
                row("Школа", ADM, "Сургут", "ВК", "https://vk.com/club3", "да"),
                row("Школа", "", "Сургут", "ВК", "https://vk.com/club4", "да")));

        command.run(List.of(file.toString()));

        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("R-INN-MISSING")).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains(" 2–3 ").endsWith("(2\u00A0строки)");
        assertThat(lines.get(1)).contains("     5 ").doesNotContain("строк");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("\na.csv\n");
    }

    private static List<String> places(FileCheck result) {
        return result.problems().stream().map(CheckCommandTest::place).toList();
    }

    private static String place(Problem p) {
        return String.join("|", p.file(), p.sheet(), Integer.toString(p.row()), p.column(), p.code().code());
    }

    private static void fill(Row row, List<Object> cells) {
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value instanceof Boolean bool) {
                row.createCell(c).setCellValue(bool);
            } else if (value != null) {
                row.createCell(c).setCellValue(value.toString());
            }
        }
    }

    private static void write(XSSFWorkbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }
}
