package ru.gospages.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.gospages.intake.SheetContents.cells;
import static ru.gospages.intake.SheetContents.read;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.gospages.problems.ProblemCode;

class XlsxFormatTest {

    private final XlsxFormat format = new XlsxFormat();

    @TempDir
    Path dir;

    @Test
    void readsEveryKindOfCellValueOfAnExcelWorkbook() throws Exception {
        Path file = dir.resolve("agency.xlsx");
        AgencyWorkbooks.writeXlsx(file);

        Map<String, List<RawRow>> sheets = read(format, file);

        assertThat(sheets).containsOnlyKeys("Страницы", "Лист2");
        List<RawRow> rows = sheets.get("Страницы");
        assertThat(rows).extracting(RawRow::number).containsExactly(1, 2, 5);
        assertThat(cells(rows.get(0))).containsExactly("Организация", "ИНН", "Ссылка", "Число", "Дата", "Госметка", "Формула");
        assertThat(cells(rows.get(1))).containsExactly("Администрация\u00A0города", "8601010390", "https://vk.com/club1",
                "12345", "2024-03-15", "TRUE", "8601010391");
        assertThat(cells(rows.get(2))).containsExactly("ГБУ «Школа»", "8601010390", "https://ok.ru/group/1",
                "0.25", "2024-03-15T10:30:00", "FALSE", "ab", "#DIV/0!");
        assertThat(cells(sheets.get("Лист2").get(0))).containsExactly(null, "B1 only");
    }

    @Test
    void readsInlineStringsAsSxssfWritesThem() throws Exception {
        Path file = dir.resolve("streamed.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(10); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Данные");
            for (int r = 0; r < 50; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("Организация " + r);
                row.createCell(1).setCellValue(8601010390d + r);
            }
            workbook.write(out);
        }

        List<RawRow> rows = read(format, file).get("Данные");

        assertThat(rows).hasSize(50);
        assertThat(cells(rows.get(49))).containsExactly("Организация 49", "8601010439");
    }

    @Test
    void readsHandwrittenXmlWithExponentsMissingReferencesAndInlineRichText() throws Exception {
        Path file = dir.resolve("handmade.xlsx");
        new HandmadeXlsx().date1904().styles(0, 14).sharedStrings("общая строка")
                .sheet("Лист1", "<row><c><v>8.60101039E9</v></c><c t=\"s\"><v>0</v></c>"
                        + "<c t=\"inlineStr\"><is><r><t>Адми</t></r><r><t xml:space=\"preserve\">нистрация </t></r>"
                        + "<rPh><t>фонетика</t></rPh></is></c></row>"
                        + "<row><c t=\"b\"><v>0</v></c><c t=\"e\"><v>#N/A</v></c><c t=\"str\"><f>A1&amp;\"x\"</f><v>текст</v></c>"
                        + "<c s=\"1\"><v>0</v></c><c t=\"inlineStr\"><is><t>a_x000D_b</t></is></c></row>"
                        + "<row r=\"7\"><c r=\"C7\"><v>1.0</v></c></row>")
                .write(file);

        List<RawRow> rows = read(format, file).get("Лист1");

        assertThat(rows).extracting(RawRow::number).containsExactly(1, 2, 7);
        assertThat(cells(rows.get(0))).containsExactly("8601010390", "общая строка", "Администрация ");
        assertThat(cells(rows.get(1))).containsExactly("FALSE", "#N/A", "текст", "1904-01-01", "a\rb");
        assertThat(cells(rows.get(2))).containsExactly(null, null, "1");
    }

    @Test
    void rejectsASheetWithMoreRowsThanTheLimit() throws Exception {
        Path file = dir.resolve("rows.xlsx");
        new HandmadeXlsx().sheet("Длинный", "<row><c><v>1</v></c></row>".repeat(4)).write(file);

        assertThatThrownBy(() -> read(format, file, new IntakeLimits(1 << 20, 3, 0.01)))
                .isInstanceOf(SubmissionException.class)
                .hasMessageContaining("«Длинный»")
                .extracting(e -> ((SubmissionException) e).code()).isEqualTo(ProblemCode.F_TOO_LARGE);
    }

    @Test
    void rejectsASheetThatInflatesLikeAZipBomb() throws Exception {
        Path file = dir.resolve("bomb.xlsx");
        new HandmadeXlsx().sheet("Лист1", "<row><c t=\"inlineStr\"><is><t></t></is></c></row>".repeat(200_000)).write(file);

        assertThatThrownBy(() -> read(format, file))
                .isInstanceOf(SubmissionException.class)
                .hasMessageContaining("zip-бомб")
                .extracting(e -> ((SubmissionException) e).code()).isEqualTo(ProblemCode.F_TOO_LARGE);
    }

    @Test
    void rejectsARelationshipsPartWithAHugeAttributeBeforePoiParsesIt() throws Exception {
        Path file = dir.resolve("rels.xlsx");
        new HandmadeXlsx().sheet("Лист1", "<row><c><v>1</v></c></row>")
                .part("xl/worksheets/_rels/sheet1.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"https://"
                        + randomLetters(5_000_000) + "\" TargetMode=\"External\"/></Relationships>", null)
                .write(file);

        assertMarkupTooLarge(file);
    }

    @Test
    void rejectsCorePropertiesWithAHugeAttributeWhereverTheContentTypesPutThem() throws Exception {
        Path file = dir.resolve("core.xlsx");
        withCoreProperties(file, "xl/worksheets/notes.xml", "<dc:title x=\"" + randomLetters(5_000_000) + "\"/>");

        assertMarkupTooLarge(file);
    }

    @Test
    void readsAWorkbookWhoseCorePropertiesAndRelationshipsAreOrdinary() throws Exception {
        Path file = dir.resolve("ordinary.xlsx");
        withCoreProperties(file, "docProps/core.xml", "<dc:title>Реестр</dc:title>");

        assertThat(read(format, file).get("Лист1")).hasSize(1);
    }

    /** A one-cell workbook with core properties in part {@code partName}, typed so by an override. */
    private static void withCoreProperties(Path file, String partName, String properties) throws Exception {
        new HandmadeXlsx().sheet("Лист1", "<row><c><v>1</v></c></row>")
                .part(partName, "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">" + properties + "</cp:coreProperties>",
                        "application/vnd.openxmlformats-package.core-properties+xml")
                .write(file);
    }

    private void assertMarkupTooLarge(Path file) {
        assertThatThrownBy(() -> read(format, file))
                .isInstanceOf(SubmissionException.class)
                .hasMessageContaining("XML длиннее 4 МБ")
                .extracting(e -> ((SubmissionException) e).code()).isEqualTo(ProblemCode.F_TOO_LARGE);
    }

    /** Text that compresses too poorly for the zip-bomb guard to stop it first. */
    private static String randomLetters(int length) {
        java.util.Random random = new java.util.Random(length);
        StringBuilder letters = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    @Test
    void rejectsATruncatedWorkbookAsUnreadable() throws Exception {
        Path whole = dir.resolve("whole.xlsx");
        AgencyWorkbooks.writeXlsx(whole);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));

        assertCode(cut, ProblemCode.F_UNREADABLE);
    }

    @Test
    void rejectsAWordDocumentRenamedXlsxAsUnreadable() throws Exception {
        Path file = dir.resolve("letter.xlsx");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>");
            put(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            put(zip, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
        }

        assertCode(file, ProblemCode.F_UNREADABLE);
        assertThatThrownBy(() -> read(format, file)).hasMessageContaining("нет книги Excel");
    }

    @Test
    void rejectsPlainTextNamedXlsxAsUnreadable() throws Exception {
        Path file = Files.writeString(dir.resolve("text.xlsx"), "Организация;ИНН\n");

        assertCode(file, ProblemCode.F_UNREADABLE);
    }

    @Test
    void rejectsAPasswordProtectedWorkbookAsEncrypted() throws Exception {
        Path file = dir.resolve("secret.xlsx");
        AgencyWorkbooks.writeEncryptedXlsx(file, "secret");

        assertCode(file, ProblemCode.F_ENCRYPTED);
    }

    @Test
    void readsAWorkbookEncryptedWithExcelsDefaultPasswordAsExcelDoes() throws Exception {
        Path file = dir.resolve("readonly.xlsx");
        AgencyWorkbooks.writeEncryptedXlsx(file, "VelvetSweatshop");

        assertThat(read(format, file).get("Страницы")).hasSize(3);
    }

    @Test
    void neverWritesToTheSubmission() throws Exception {
        Path file = dir.resolve("agency.xlsx");
        AgencyWorkbooks.writeXlsx(file);
        byte[] before = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);

        read(format, file);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
    }

    private void assertCode(Path file, ProblemCode code) {
        assertThatThrownBy(() -> read(format, file))
                .isInstanceOf(SubmissionException.class)
                .extracting(e -> ((SubmissionException) e).code()).isEqualTo(code);
    }

    private static void put(ZipOutputStream zip, String name, String content) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
