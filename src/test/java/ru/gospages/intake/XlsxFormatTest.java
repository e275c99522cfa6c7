package ru.gospages.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.gospages.intake.SheetContents.cells;
import static ru.gospages.intake.SheetContents.read;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.gospages.rules.ProblemCode;

class XlsxFormatTest {

    private final XlsxFormat format = new XlsxFormat();

    @TempDir
    Path dir;

    @Test
    void readsEveryKindOfCellValueOfAnExcelWorkbook() throws Exception {
        Path file = dir.resolve("agency.xlsx");
        writeAgencyWorkbook(file);

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
            var sheet = workbook.createSheet("Данные");
            for (int r = 0; r < 50; r++) {
                var row = sheet.createRow(r);
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
    void rejectsATruncatedWorkbookAsUnreadable() throws Exception {
        Path whole = dir.resolve("whole.xlsx");
        writeAgencyWorkbook(whole);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));

        assertCode(cut, ProblemCode.F_UNREADABLE);
    }

    @Test
    void rejectsAWordDocumentRenamedXlsxAsUnreadable() throws Exception {
        Path file = dir.resolve("letter.xlsx");
        try (OutputStream out = Files.newOutputStream(file); var zip = new java.util.zip.ZipOutputStream(out)) {
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
        writeEncrypted(file, "secret");

        assertCode(file, ProblemCode.F_ENCRYPTED);
    }

    @Test
    void readsAWorkbookEncryptedWithExcelsDefaultPasswordAsExcelDoes() throws Exception {
        Path file = dir.resolve("readonly.xlsx");
        writeEncrypted(file, "VelvetSweatshop");

        assertThat(read(format, file).get("Страницы")).hasSize(3);
    }

    @Test
    void neverWritesToTheSubmission() throws Exception {
        Path file = dir.resolve("agency.xlsx");
        writeAgencyWorkbook(file);
        byte[] before = Files.readAllBytes(file);
        var modified = Files.getLastModifiedTime(file);

        read(format, file);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
    }

    private void assertCode(Path file, ProblemCode code) {
        assertThatThrownBy(() -> read(format, file))
                .isInstanceOf(SubmissionException.class)
                .extracting(e -> ((SubmissionException) e).code()).isEqualTo(code);
    }

    private static void writeEncrypted(Path file, String password) throws Exception {
        Path plain = file.resolveSibling("plain-" + file.getFileName());
        writeAgencyWorkbook(plain);
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream encrypted = encryptor.getDataStream(container)) {
                Files.copy(plain, encrypted);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                container.writeFilesystem(out);
            }
        }
    }

    /** The values SPEC 4.3 lists, on a visible sheet with blank rows, beside a hidden and a very hidden sheet. */
    static void writeAgencyWorkbook(Path file) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CreationHelper helper = workbook.getCreationHelper();
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(helper.createDataFormat().getFormat("dd.mm.yyyy"));
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(helper.createDataFormat().getFormat("dd.mm.yyyy hh:mm"));

            XSSFSheet hidden = workbook.createSheet("Скрытый");
            hidden.createRow(0).createCell(0).setCellValue("не читать");
            XSSFSheet pages = workbook.createSheet("Страницы");
            XSSFSheet veryHidden = workbook.createSheet("Служебный");
            veryHidden.createRow(0).createCell(0).setCellValue("не читать");
            workbook.createSheet("Лист2").createRow(0).createCell(1).setCellValue("B1 only");
            workbook.setSheetVisibility(0, SheetVisibility.HIDDEN);
            workbook.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
            workbook.setActiveSheet(1);

            XSSFRow header = pages.createRow(0);
            String[] titles = {"Организация", "ИНН", "Ссылка", "Число", "Дата", "Госметка", "Формула"};
            for (int c = 0; c < titles.length; c++) {
                header.createCell(c).setCellValue(titles[c]);
            }
            XSSFRow first = pages.createRow(1);
            first.createCell(0).setCellValue("Администрация\u00A0города");
            first.createCell(1).setCellValue(8601010390d);
            link(first.createCell(2), helper, "Страница ВК", "https://vk.com/club1");
            first.createCell(3).setCellValue(12345.0);
            XSSFCell day = first.createCell(4);
            day.setCellValue(LocalDate.of(2024, 3, 15));
            day.setCellStyle(date);
            first.createCell(5).setCellValue(true);
            first.createCell(6).setCellFormula("B2+1");
            pages.createRow(2).createCell(0).setCellValue("   ");
            pages.createRow(3);

            XSSFRow second = pages.createRow(4);
            XSSFRichTextString rich = new XSSFRichTextString("ГБУ «Школа»");
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            rich.applyFont(0, 3, bold);
            second.createCell(0).setCellValue(rich);
            second.createCell(1).setCellValue("8601010390");
            link(second.createCell(2), helper, "https://ok.ru/group/1", "https://ok.ru/group/1");
            second.createCell(3).setCellValue(0.25);
            XSSFCell moment = second.createCell(4);
            moment.setCellValue(LocalDateTime.of(2024, 3, 15, 10, 30));
            moment.setCellStyle(dateTime);
            second.createCell(5).setCellValue(false);
            second.createCell(6).setCellFormula("CONCATENATE(\"a\",\"b\")");
            second.createCell(7).setCellFormula("1/0");
            helper.createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }
    }

    private static void link(XSSFCell cell, CreationHelper helper, String text, String address) {
        Hyperlink link = helper.createHyperlink(HyperlinkType.URL);
        link.setAddress(address);
        cell.setCellValue(text);
        cell.setHyperlink(link);
    }

    private static void put(java.util.zip.ZipOutputStream zip, String name, String content) throws Exception {
        zip.putNextEntry(new java.util.zip.ZipEntry(name));
        zip.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
