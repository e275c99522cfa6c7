package ru.gospages.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.gospages.problems.ProblemCode;

class SheetFormatsTest {

    private final SheetFormats formats = new SheetFormats();

    @TempDir
    Path dir;

    @Test
    void findsTheFormatByExtensionInAnyCase() {
        assertThat(formats.forFile(Path.of("a.XLSX"))).containsInstanceOf(XlsxFormat.class);
        assertThat(formats.forFile(Path.of("macros.xlsm"))).containsInstanceOf(XlsxFormat.class);
        assertThat(formats.forFile(Path.of("old.Xls"))).containsInstanceOf(XlsFormat.class);
        assertThat(formats.forFile(Path.of("list.csv"))).containsInstanceOf(CsvFormat.class);
    }

    @Test
    void hasNoFormatForOtherFiles() {
        assertThat(formats.forFile(Path.of("notes.txt"))).isEmpty();
        assertThat(formats.forFile(Path.of("table.ods"))).isEmpty();
        assertThat(formats.forFile(Path.of("README"))).isEmpty();
    }

    @Test
    void opensAnUnsupportedFileAsFUnsupportedFormatNamingItsExtension() throws Exception {
        Path file = Files.writeString(dir.resolve("table.ods"), "x");

        assertThatThrownBy(() -> formats.open(file, IntakeLimits.defaults()))
                .hasMessageContaining("«.ods»")
                .extracting(e -> ((SubmissionException) e).code()).isEqualTo(ProblemCode.F_UNSUPPORTED_FORMAT);
    }

    @Test
    void ignoresLockFilesAndHiddenFiles() {
        assertThat(SheetFormats.isIgnored(Path.of("in/~$Список.xlsx"))).isTrue();
        assertThat(SheetFormats.isIgnored(Path.of(".~lock.Список.xlsx#"))).isTrue();
        assertThat(SheetFormats.isIgnored(Path.of(".DS_Store"))).isTrue();
        assertThat(SheetFormats.isIgnored(Path.of("in/Список.xlsx"))).isFalse();
    }

    @Test
    void rejectsAnEmptyFileOfEveryFormatAsFEmpty() throws Exception {
        for (String name : new String[] {"a.xlsx", "a.xls", "a.csv"}) {
            Path file = Files.createFile(dir.resolve(name));

            assertThatThrownBy(() -> formats.open(file, IntakeLimits.defaults()))
                    .extracting(e -> ((SubmissionException) e).code()).isEqualTo(ProblemCode.F_EMPTY);
        }
    }

    @Test
    void rejectsAFileOverTheSizeLimitBeforeOpeningIt() throws Exception {
        Path file = Files.write(dir.resolve("big.xlsx"), new byte[3 * 1024 * 1024 + 1]);
        IntakeLimits limits = new IntakeLimits(2L * 1024 * 1024, 100, 0.01);

        assertThatThrownBy(() -> formats.open(file, limits))
                .hasMessageContaining("4 МБ при допустимых 2 МБ")
                .extracting(e -> ((SubmissionException) e).code()).isEqualTo(ProblemCode.F_TOO_LARGE);
    }
}
