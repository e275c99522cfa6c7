package ru.gospages.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.gospages.publish.files.CsvTableWriter;
import ru.gospages.registry.PageChange;

/**
 * CSV files for people ({@code problems.csv}, {@code changes.csv}) echo what senders wrote: text a
 * spreadsheet would run as a formula is prefixed with {@code '}, numbers stay numbers.
 */
class CsvForPeopleTest {

    @TempDir
    Path dir;

    final CsvTableWriter writer = CsvTableWriter.forPeople();

    @Test
    void textStartingLikeAFormulaIsDefusedInEveryColumn() throws IOException {
        Path file = dir.resolve("problems.csv");
        writer.write(ProblemTable.table(), List.of(
                PublishFixtures.rowProblem("=HYPERLINK(\"http://evil.example\",\"x\")", "m"),
                PublishFixtures.rowProblem("+7 (3467) 36-00-00", "m"),
                PublishFixtures.rowProblem("-2+3", "m"),
                PublishFixtures.rowProblem("@SUM(A1:A9)", "m"),
                PublishFixtures.rowProblem("\tcmd", "m"),
                PublishFixtures.rowProblem("\rcmd", "m")), file);

        assertThat(values(file)).containsExactly("'=HYPERLINK(\"http://evil.example\",\"x\")", "'+7 (3467) 36-00-00",
                "'-2+3", "'@SUM(A1:A9)", "'\tcmd", "'\rcmd");
    }

    @Test
    void numbersAndPlainTextAreWrittenAsTheyAre() throws IOException {
        Path file = dir.resolve("problems.csv");
        writer.write(ProblemTable.table(), List.of(PublishFixtures.rowProblem("-5", "m"),
                PublishFixtures.rowProblem("+7", "m"), PublishFixtures.rowProblem("-0,25", "m"),
                PublishFixtures.rowProblem("8601010391", "m"), PublishFixtures.rowProblem("Школа = лицей", "m")), file);

        assertThat(values(file)).containsExactly("-5", "+7", "-0,25", "8601010391", "Школа = лицей");
    }

    @Test
    void changesGuardTheOrganisationNamesSendersWrote() throws IOException {
        Path file = dir.resolve("changes.csv");
        writer.write(ChangeTable.table(), List.of(new PageChange(PageChange.Kind.ADDED, "https://vk.com/club1",
                "=1+2", "8602020249", "город Сургут")), file);

        assertThat(Files.readString(file)).endsWith("added,https://vk.com/club1,'=1+2,8602020249,город Сургут\r\n");
    }

    @Test
    void openDataKeepsTheValueExactly() throws IOException {
        Path file = dir.resolve("registry.csv");
        new CsvTableWriter().write(ChangeTable.table(), List.of(new PageChange(PageChange.Kind.ADDED, "https://vk.com/club1",
                "=1+2", "8602020249", "город Сургут")), file);

        assertThat(Files.readString(file)).endsWith("added,https://vk.com/club1,=1+2,8602020249,город Сургут\r\n");
    }

    /** The value column of each row, parsed back. */
    private static List<String> values(Path file) throws IOException {
        try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
            return parser.stream().skip(1).map(record -> record.get(4)).toList();
        }
    }
}
