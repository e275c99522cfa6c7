package ru.gospages.job;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.gospages.testing.Submissions.inn;
import static ru.gospages.testing.Submissions.row;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import ru.gospages.cli.Cli;
import ru.gospages.cli.ExitCode;
import ru.gospages.intake.AgencyWorkbooks;
import ru.gospages.intake.HandmadeXlsx;
import ru.gospages.testing.Submissions;
import ru.gospages.testing.TestDatabase;

/**
 * Hostile and broken files among good ones, through the whole {@code run}: the run completes
 * (exit 0), each bad file is rejected with its one file problem, the good file's pages reach the
 * registry, and what senders wrote never becomes a formula in the files people open. The readers'
 * own tests cover the same files one by one, in {@code intake}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("database")
class HostileInputRunTest {

    static final String PERIOD = "2023-04";
    static final String SECRET = "XXE-SECRET-7f3a";

    @TempDir
    static Path dir;

    int exit;
    String printed;
    Map<String, List<String>> problemsByFile;

    @BeforeAll
    void runOnHostileInput() throws Exception {
        Path input = dir.resolve("input").resolve(PERIOD);
        Files.createDirectories(input);
        good(input.resolve("01-good.csv"));
        zipBomb(input.resolve("02-bomb.xlsx"));
        xxe(input.resolve("03-xxe.xlsx"), Files.writeString(dir.resolve("secret.txt"), SECRET));
        encrypted(input.resolve("04-secret.xlsx"));
        Files.createFile(input.resolve("05-empty.csv"));
        farOverTheSizeLimit(input.resolve("06-huge.xlsx"));
        Files.writeString(input.resolve("07-one-line.csv"), "Организация;ИНН;" + "x".repeat(50 * 1024 * 1024));
        nulPadded(input.resolve("08-nul.csv"));
        docx(input.resolve("09-letter.xlsx"));
        emptySheets(input.resolve("10-sheets.xlsx"), 1000);
        hugeAttribute(input.resolve("11-attribute.xlsx"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("run", "--period=" + PERIOD, "--input=" + input,
                "--output=" + dir.resolve("output")));
        args.addAll(TestDatabase.fresh("hostile").arguments());
        exit = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8)).run(args.toArray(String[]::new));
        printed = out.toString(StandardCharsets.UTF_8);
        problemsByFile = Files.readAllLines(dir.resolve("output").resolve(PERIOD).resolve("problems.csv")).stream().skip(1)
                .collect(Collectors.groupingBy(line -> line.substring(0, line.indexOf(',')), Collectors.toList()));
    }

    @Test
    void theRunCompletesAndReadsTheGoodFile() throws IOException {
        assertThat(exit).as(printed).isEqualTo(ExitCode.OK);
        assertThat(printed).contains("Файлы: прочитано 11, отклонено целиком 10.");
        assertThat(registry()).contains("https://vk.com/club700001", "https://ok.ru/group/700002");
    }

    @Test
    void aZipBombIsTooLarge() {
        assertOneFileProblem("02-bomb.xlsx", "F-TOO-LARGE", "zip-бомб");
    }

    @Test
    void anExternalEntityIsNeverResolved() throws IOException {
        assertOneFileProblem("03-xxe.xlsx", "F-UNREADABLE", "");
        try (Stream<Path> files = Files.walk(dir.resolve("output"))) {
            // the text outputs: had the entity been resolved, the secret would be a cell value in problems.csv
            for (Path file : files.filter(f -> f.toString().matches(".*\\.(csv|json|html)")).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain(SECRET);
            }
        }
    }

    @Test
    void aPasswordProtectedWorkbookIsEncrypted() {
        assertOneFileProblem("04-secret.xlsx", "F-ENCRYPTED", "защищён паролем");
    }

    @Test
    void aZeroByteFileIsEmpty() {
        assertOneFileProblem("05-empty.csv", "F-EMPTY", "0 байт");
    }

    @Test
    void aFileFarOverTheSizeLimitIsRejectedUnread() {
        assertOneFileProblem("06-huge.xlsx", "F-TOO-LARGE", "Файл занимает 1024 МБ при допустимых 200 МБ");
    }

    @Test
    void aCsvOfOneFiftyMegabyteLineIsTooLarge() {
        assertOneFileProblem("07-one-line.csv", "F-TOO-LARGE", "строка длиннее 1000000 символов");
    }

    @Test
    void aCsvFullOfNulBytesIsUnreadable() {
        assertOneFileProblem("08-nul.csv", "F-UNREADABLE", "двоичный файл");
    }

    @Test
    void aWordDocumentRenamedXlsxIsUnreadable() {
        assertOneFileProblem("09-letter.xlsx", "F-UNREADABLE", "нет книги Excel");
    }

    @Test
    void aWorkbookOfAThousandEmptySheetsIsEmpty() {
        assertOneFileProblem("10-sheets.xlsx", "F-EMPTY", "нет ни одной строки с данными");
    }

    @Test
    void aSheetWithAnAttributeOfSixMegabytesIsTooLarge() {
        assertOneFileProblem("11-attribute.xlsx", "F-TOO-LARGE", "XML длиннее 4 МБ");
    }

    @Test
    void formulasSendersWroteAreDefusedInProblemsCsvAndKeptAsTheyAreInOpenData() throws IOException {
        assertThat(problemsByFile.get("01-good.csv"))
                .anyMatch(line -> line.contains(",'=cmd|' /C calc'!A0,R-INN-INVALID,"))
                .anyMatch(line -> line.contains(",'@SUM(1+1),R-MUNICIPALITY-UNKNOWN,"));
        // open data keeps the exact value: its readers are programs (README, «Formula injection»)
        assertThat(registry()).contains(",\"=HYPERLINK(\"\"http://evil.example\"\")\",");
    }

    private void assertOneFileProblem(String file, String code, String message) {
        assertThat(problemsByFile.get(file)).as(file).singleElement().asString()
                .startsWith(file + ",,,,,").contains("," + code + ",error,").contains(message);
    }

    private String registry() throws IOException {
        return Files.readString(dir.resolve("output/opendata/8601010390-officialpages/data-20230430-structure-20221201.csv"));
    }

    private static void good(Path file) {
        Submissions.csvUtf8(file, List.of(
                row("Наименование организации", "ИНН", "Муниципальное образование", "Ссылка на страницу", "Госметка"),
                row("Администрация города Сургута", inn("860202024"), "г. Сургут", "https://vk.com/club700001", "да"),
                row("=HYPERLINK(\"http://evil.example\")", inn("861700001"), "Сургутский район", "https://ok.ru/group/700002", "нет"),
                row("Школа", "=cmd|' /C calc'!A0", "г. Сургут", "https://vk.com/club700003", "да"),
                row("Школа", inn("861700001"), "@SUM(1+1)", "https://vk.com/club700004", "да")));
    }

    /** Highly repetitive sheet XML: inflates far beyond POI's ratio guard. */
    private static void zipBomb(Path file) throws IOException {
        new HandmadeXlsx().sheet("Лист1", "<row><c t=\"inlineStr\"><is><t></t></is></c></row>".repeat(200_000)).write(file);
    }

    /** A sheet that declares an external entity reading a local file, and uses it in a cell under a valid header. */
    private static void xxe(Path file, Path secret) throws IOException {
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        new HandmadeXlsx().sheetXml("Лист1", "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]><worksheet xmlns=\"" + main + "\"><sheetData>"
                + "<row><c t=\"inlineStr\"><is><t>Наименование организации</t></is></c><c t=\"inlineStr\"><is><t>ИНН</t></is></c>"
                + "<c t=\"inlineStr\"><is><t>Муниципальное образование</t></is></c><c t=\"inlineStr\"><is><t>Ссылка на страницу</t></is></c></row>"
                + "<row><c t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>").write(file);
    }

    /**
     * An attribute of 6,000,000 random letters after a valid header: it compresses too poorly for
     * the zip-bomb guard, and the parser would hold it whole.
     */
    private static void hugeAttribute(Path file) throws IOException {
        Random random = new Random(11);
        StringBuilder letters = new StringBuilder(6_000_000);
        for (int i = 0; i < 6_000_000; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        new HandmadeXlsx().sheet("Лист1", "<row><c t=\"inlineStr\"><is><t>Наименование организации</t></is></c>"
                + "<c t=\"inlineStr\"><is><t>ИНН</t></is></c><c t=\"inlineStr\"><is><t>Ссылка на страницу</t></is></c></row>"
                + "<row><c t=\"inlineStr\" note=\"" + letters + "\"><is><t>Школа</t></is></c></row>").write(file);
    }

    private void encrypted(Path file) throws Exception {
        // the helper writes its plain workbook beside the encrypted one: not in the input folder
        Path elsewhere = Files.createDirectories(dir.resolve("encrypted")).resolve(file.getFileName());
        AgencyWorkbooks.writeEncryptedXlsx(elsewhere, "пароль");
        Files.move(elsewhere, file);
    }

    /** 1 GB by its size, written as a sparse file: the size check must refuse it without reading. */
    private static void farOverTheSizeLimit(Path file) throws IOException {
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(1024L * 1024 * 1024);
        }
    }

    /** A CSV header followed by the zeros of a copy that never finished. */
    private static void nulPadded(Path file) throws IOException {
        byte[] header = "Организация;ИНН;Ссылка на страницу\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[header.length + 4096];
        System.arraycopy(header, 0, bytes, 0, header.length);
        Files.write(file, bytes);
    }

    private static void docx(Path file) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.createParagraph().createRun().setText("Письмо о направлении реестра");
            document.write(out);
        }
    }

    private static void emptySheets(Path file, int count) throws IOException {
        HandmadeXlsx workbook = new HandmadeXlsx();
        for (int i = 1; i <= count; i++) {
            workbook.sheet("Лист" + i, "");
        }
        workbook.write(file);
    }
}
