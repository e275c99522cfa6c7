package ru.gospages.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.gospages.intake.SheetContents.cells;
import static ru.gospages.intake.SheetContents.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.gospages.problems.ProblemCode;

class XlsFormatTest {

    private final XlsFormat format = new XlsFormat();

    @TempDir
    Path dir;

    @Test
    void readsEveryKindOfCellValueOfAnExcel97Workbook() throws Exception {
        Path file = dir.resolve("agency.xls");
        AgencyWorkbooks.writeXls(file);

        Map<String, List<RawRow>> sheets = read(format, file);

        assertThat(sheets).containsOnlyKeys("Страницы");
        List<RawRow> rows = sheets.get("Страницы");
        assertThat(rows).extracting(RawRow::number).containsExactly(1, 2, 5);
        assertThat(cells(rows.get(0))).containsExactly("Организация", "ИНН", "Ссылка");
        assertThat(cells(rows.get(1))).containsExactly("Администрация\u00A0города", "8601010390", "https://vk.com/club1",
                "0.25", "2024-03-15", "TRUE", "8601010391", "#N/A");
        assertThat(cells(rows.get(2))).containsExactly("ГБУ «Школа»", "8601010390", "https://ok.ru/group/1");
    }

    @Test
    void rejectsAPasswordProtectedWorkbookAsEncrypted() throws Exception {
        Path file = dir.resolve("secret.xls");
        Biff8EncryptionKey.setCurrentUserPassword("x");
        try {
            AgencyWorkbooks.writeXls(file);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        assertCode(file, ProblemCode.F_ENCRYPTED);
    }

    @Test
    void rejectsAnXlsxRenamedXlsAsUnreadable() throws Exception {
        Path xlsx = dir.resolve("book.xlsx");
        AgencyWorkbooks.writeXlsx(xlsx);
        Path file = Files.copy(xlsx, dir.resolve("book.xls"));

        assertCode(file, ProblemCode.F_UNREADABLE);
        assertThatThrownBy(() -> read(format, file)).hasMessageContaining(".xlsx с расширением .xls");
    }

    @Test
    void rejectsAWebPageSavedAsXlsAsUnreadable() throws Exception {
        Path file = Files.writeString(dir.resolve("report.xls"), "<html><body><table><tr><td>1</td></tr></table></body></html>");

        assertCode(file, ProblemCode.F_UNREADABLE);
    }

    @Test
    void rejectsAnExcel4WorksheetAsTooOld() throws Exception {
        byte[] biff4 = {0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00, 0, 0, 0, 0, 0, 0, 0, 0};
        Path file = Files.write(dir.resolve("old.xls"), biff4);

        assertThatThrownBy(() -> read(format, file))
                .hasMessageContaining("Excel 5.0/95")
                .extracting(e -> ((SubmissionException) e).code()).isEqualTo(ProblemCode.F_UNREADABLE);
    }

    @Test
    void rejectsATruncatedWorkbookAsUnreadable() throws Exception {
        Path whole = dir.resolve("whole.xls");
        AgencyWorkbooks.writeXls(whole);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.xls"), Arrays.copyOf(bytes, bytes.length / 2));

        assertCode(cut, ProblemCode.F_UNREADABLE);
    }

    private void assertCode(Path file, ProblemCode code) {
        assertThatThrownBy(() -> read(format, file))
                .isInstanceOf(SubmissionException.class)
                .extracting(e -> ((SubmissionException) e).code()).isEqualTo(code);
    }
}
