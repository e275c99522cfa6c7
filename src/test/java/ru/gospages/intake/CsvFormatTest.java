package ru.gospages.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.gospages.intake.SheetContents.cells;
import static ru.gospages.intake.SheetContents.read;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ru.gospages.problems.ProblemCode;

class CsvFormatTest {

    private final CsvFormat format = new CsvFormat();

    @TempDir
    Path dir;

    static Stream<Arguments> encodingsDelimitersAndLineEnds() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (String encoding : List.of("UTF-8", "UTF-8 BOM", "windows-1251")) {
            for (String delimiter : List.of(";", ",", "\t")) {
                for (String lineEnd : List.of("\r\n", "\n")) {
                    cases.add(Arguments.of(encoding, delimiter, lineEnd));
                }
            }
        }
        return cases.build();
    }

    @ParameterizedTest(name = "{0}, delimiter [{1}]")
    @MethodSource("encodingsDelimitersAndLineEnds")
    void readsEachEncodingDelimiterAndLineEnd(String encoding, String d, String eol) throws Exception {
        String text = "Организация" + d + "ИНН" + d + "Ссылка" + eol
                + "\"ООО \"\"Ромашка\"\"" + d + " филиал\"" + d + "8601010390" + d + "https://vk.com/club1" + eol
                + eol
                + "\"Многострочное" + eol + "название\"" + d + "7701234567" + d + "https://ok.ru/group/1" + eol;
        Path file = dir.resolve("список.csv");
        Files.write(file, bytes(text, encoding));

        Map<String, List<RawRow>> sheets = read(format, file);

        assertThat(sheets).containsOnlyKeys("список");
        List<RawRow> rows = sheets.get("список");
        assertThat(rows).extracting(RawRow::number).containsExactly(1, 2, 4);
        assertThat(cells(rows.get(0))).containsExactly("Организация", "ИНН", "Ссылка");
        assertThat(cells(rows.get(1))).containsExactly("ООО \"Ромашка\"" + d + " филиал", "8601010390", "https://vk.com/club1");
        assertThat(cells(rows.get(2))).containsExactly("Многострочное" + eol + "название", "7701234567", "https://ok.ru/group/1");
    }

    @Test
    void readsUtf16WithAByteOrderMarkAsExcelsUnicodeTextIsWritten() throws Exception {
        Path file = dir.resolve("unicode.csv");
        Files.write(file, join(new byte[] {(byte) 0xFF, (byte) 0xFE}, "ИНН\tСсылка\r\n8601010390\tvk.com/club1\r\n".getBytes(StandardCharsets.UTF_16LE)));

        assertThat(read(format, file).get("unicode")).extracting(SheetContents::cells)
                .containsExactly(List.of("ИНН", "Ссылка"), List.of("8601010390", "vk.com/club1"));
    }

    @Test
    void keepsRaggedRowsAndTextAfterAClosingQuote() throws Exception {
        Path file = Files.writeString(dir.resolve("ragged.csv"), "a;b;c\n1\n\"x\"y;2;3;4\n");

        assertThat(read(format, file).get("ragged")).extracting(SheetContents::cells)
                .containsExactly(List.of("a", "b", "c"), List.of("1"), List.of("xy", "2", "3", "4"));
    }

    @Test
    void dropsStrayNulBytes() throws Exception {
        Path file = Files.write(dir.resolve("nul.csv"), "a,b,c\n\0,2,3\nd\0e,5,6\n".getBytes(StandardCharsets.US_ASCII));

        assertThat(read(format, file).get("nul")).extracting(SheetContents::cells)
                .containsExactly(List.of("a", "b", "c"), List.of("", "2", "3"), List.of("de", "5", "6"));
    }

    @Test
    void rejectsABinaryFileNamedCsvAsUnreadable() throws Exception {
        Path xlsx = dir.resolve("book.xlsx");
        AgencyWorkbooks.writeXlsx(xlsx);
        Path file = Files.copy(xlsx, dir.resolve("book.csv"));

        assertCode(file, ProblemCode.F_UNREADABLE);
    }

    @Test
    void rejectsAQuoteLeftOpenNamingItsLine() throws Exception {
        Path file = Files.writeString(dir.resolve("quote.csv"), "a;b\n1;2\n3;\"open\n4;5\n");

        assertThatThrownBy(() -> read(format, file))
                .hasMessageContaining("строки 3")
                .extracting(e -> ((SubmissionException) e).code()).isEqualTo(ProblemCode.F_UNREADABLE);
    }

    @Test
    void rejectsARecordLongerThanTheLimitWithoutReadingItWhole() throws Exception {
        Path line = Files.writeString(dir.resolve("line.csv"), "a;b\n" + "x".repeat(500) + "\n");
        Path openQuote = Files.writeString(dir.resolve("open.csv"), "a;b\n\"" + "x;y\n".repeat(200));
        CsvFormat limited = new CsvFormat(100);

        for (Path file : List.of(line, openQuote)) {
            assertThatThrownBy(() -> read(limited, file))
                    .hasMessageContaining("длиннее 100 символов")
                    .extracting(e -> ((SubmissionException) e).code()).isEqualTo(ProblemCode.F_TOO_LARGE);
        }
    }

    @Test
    void rejectsMoreRowsThanTheLimit() throws Exception {
        Path file = Files.writeString(dir.resolve("rows.csv"), "a\nb\nc\n");

        assertThatThrownBy(() -> read(format, file, new IntakeLimits(1 << 20, 2, 0.01)))
                .extracting(e -> ((SubmissionException) e).code()).isEqualTo(ProblemCode.F_TOO_LARGE);
    }

    @Test
    void prefersTheDelimiterThatSplitsEveryRecordTheSameWay() {
        assertThat(CsvDelimiter.detect("Организация;Подписчики;ИНН\nА;1,5;1\nБ;2,25;2\nВ;3;3\n", true)).isEqualTo(';');
        assertThat(CsvDelimiter.detect("name,note\n\"a;b\",c\n\"d;e;f\",g\n", true)).isEqualTo(',');
        assertThat(CsvDelimiter.detect("a\tb\tc\n1\t2\t3\n", true)).isEqualTo('\t');
        assertThat(CsvDelimiter.detect("одна колонка\nзначение\n", true)).isEqualTo(';');
    }

    private void assertCode(Path file, ProblemCode code) {
        assertThatThrownBy(() -> read(format, file))
                .isInstanceOf(SubmissionException.class)
                .extracting(e -> ((SubmissionException) e).code()).isEqualTo(code);
    }

    private static byte[] bytes(String text, String encoding) {
        if (encoding.equals("UTF-8 BOM")) {
            return join(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
        }
        return text.getBytes(Charset.forName(encoding));
    }

    private static byte[] join(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
